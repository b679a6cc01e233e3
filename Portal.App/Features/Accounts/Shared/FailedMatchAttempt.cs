using System.Security.Cryptography;
using System.Text;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// One failed "Find your case" attempt, counted against the client that made it and against the case number
/// it named. Kept only as long as the rate-limit window needs it.
/// </summary>
public sealed class FailedMatchAttempt
{
    private FailedMatchAttempt()
    {
        ClientKey = CaseNumber = string.Empty;
    }

    public FailedMatchAttempt(string clientKey, string caseNumber, DateTimeOffset attemptedAt)
    {
        ClientKey = clientKey;
        CaseNumber = caseNumber;
        AttemptedAt = attemptedAt;
    }

    public long Id { get; private set; }

    /// <summary>A hash of the client's IP address: enough to count, not enough to identify.</summary>
    public string ClientKey { get; private set; }
    public string CaseNumber { get; private set; }
    public DateTimeOffset AttemptedAt { get; private set; }

    /// <summary>The key a client's attempts are counted under: a SHA-256 of its IP address.</summary>
    public static string ClientKeyOf(string clientAddress) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("registration-client:" + clientAddress)));
}
