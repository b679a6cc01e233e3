namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// A parent's request to move their account to a new email address, waiting for the link sent there to be followed.
/// Only a hash of the link's secret is stored; the new address is encrypted at rest. Used once, superseded by a newer
/// request, and expired after its lifetime.
/// </summary>
public sealed class EmailChangeRequest
{
    private EmailChangeRequest()
    {
        UserId = TokenHash = ProtectedNewEmail = string.Empty;
    }

    public EmailChangeRequest(string userId, string tokenHash, string protectedNewEmail, DateTimeOffset requestedAt, DateTimeOffset expiresAt)
    {
        UserId = userId;
        TokenHash = tokenHash;
        ProtectedNewEmail = protectedNewEmail;
        RequestedAt = requestedAt;
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public string TokenHash { get; private set; }
    public string ProtectedNewEmail { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && SupersededAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;

    public void Supersede(DateTimeOffset now) => SupersededAt ??= now;
}
