namespace Portal.Domain.Accounts;

public enum PasskeyNameProblem
{
    None,
    Missing,
    TooLong,
}
