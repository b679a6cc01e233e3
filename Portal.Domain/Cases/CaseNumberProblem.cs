namespace Portal.Domain.Cases;

/// <summary>What is wrong with a typed case number, so the page can say how to fix it.</summary>
public enum CaseNumberProblem
{
    None,
    Missing,
    NotDigits,
    WrongLength,
    CheckDigitMismatch,
}
