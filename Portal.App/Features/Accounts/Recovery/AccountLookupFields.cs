namespace Portal.App.Features.Accounts.Recovery;

/// <summary>The ids of the first step's inputs: error messages and the summary's links point at them.</summary>
public static class AccountLookupFields
{
    public const string Email = "recovery-email";
    public const string CaseNumber = "recovery-case-number";
}
