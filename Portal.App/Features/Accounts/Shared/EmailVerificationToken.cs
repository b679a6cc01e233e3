namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// One verification link sent to a new account's email. Only a hash of the link's secret is stored, so the
/// database alone cannot produce a working link.
/// </summary>
public sealed class EmailVerificationToken
{
    private EmailVerificationToken()
    {
        UserId = TokenHash = string.Empty;
    }

    public EmailVerificationToken(string userId, string tokenHash, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public string TokenHash { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    /// <summary>Set when a newer link was sent: only the newest link works.</summary>
    public DateTimeOffset? SupersededAt { get; private set; }

    public VerificationLinkState StateAt(DateTimeOffset now) =>
        UsedAt is not null ? VerificationLinkState.AlreadyUsed
        : SupersededAt is not null ? VerificationLinkState.Superseded
        : now >= ExpiresAt ? VerificationLinkState.Expired
        : VerificationLinkState.Valid;

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;

    public void Supersede(DateTimeOffset now) => SupersededAt ??= now;
}
