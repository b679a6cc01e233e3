namespace Portal.Domain.Accounts;

public enum PhonePinProblem
{
    None,
    NotSixDigits,
    AllSameDigit,
    Sequence,
    DateOfBirth,
    SameAsPassword,
}
