namespace Portal.Domain.Cases;

/// <summary>Which phone a number is: the case system keeps the kind with each number.</summary>
public enum PhoneKind
{
    Mobile = 1,
    Home = 2,
    Work = 3,
}
