namespace Portal.Domain.Accounts;

public enum SecurityAnswerProblem
{
    None,
    TooShort,
    RepeatsAnotherAnswer,
    SameAsUserName,
    Missing,
}
