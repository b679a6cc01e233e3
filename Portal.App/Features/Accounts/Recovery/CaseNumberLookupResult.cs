namespace Portal.App.Features.Accounts.Recovery;

/// <summary>What "Forgot case number" did. Only logged and tested: the page says the same thing for all of them.</summary>
public enum CaseNumberLookupResult
{
    Emailed,
    NoRegisteredMatch,
    RateLimited,
}
