namespace Portal.Domain.Accounts;

/// <summary>One line of the password checklist, in the order a page shows them.</summary>
public enum PasswordRequirement
{
    Length,
    Uppercase,
    Lowercase,
    Digit,
    Symbol,
    NotCommon,
    NoPersonalInfo,
}
