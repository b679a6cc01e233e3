namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// One "Forgot case number" request, counted against the client that made it. Every request counts, matched
/// or not: the page answers the same either way, so only the number of tries can be limited.
/// </summary>
public sealed class CaseNumberLookup
{
    private CaseNumberLookup()
    {
        ClientKey = string.Empty;
    }

    public CaseNumberLookup(string clientKey, DateTimeOffset lookedUpAt)
    {
        ClientKey = clientKey;
        LookedUpAt = lookedUpAt;
    }

    public long Id { get; private set; }

    /// <summary>A hash of the client's IP address (<see cref="Registration.FailedMatchAttempt.ClientKeyOf"/>).</summary>
    public string ClientKey { get; private set; }
    public DateTimeOffset LookedUpAt { get; private set; }
}
