namespace Portal.Domain.Accounts;

/// <summary>
/// Sensitive changes (password, security questions, authenticator app, passkeys, email, phone PIN) need proof that
/// the person at the keyboard is the account's owner now, not only when the session began: a sign-in, or the password
/// typed again, within <see cref="Window"/> (10 minutes by default). A session left open on a shared computer, or a
/// stolen cookie, then cannot make them.
/// </summary>
public sealed record RecentSignInRule(TimeSpan Window)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(10);

    public static RecentSignInRule Default { get; } = new(DefaultWindow);

    /// <summary>Whether the session may make a sensitive change at <paramref name="now"/>.</summary>
    /// <param name="signedInAt">When this session's sign-in completed (both steps, or a passkey).</param>
    /// <param name="passwordConfirmedAt">When the password was last typed again in this session, if ever.</param>
    public bool IsSatisfied(DateTimeOffset signedInAt, DateTimeOffset? passwordConfirmedAt, DateTimeOffset now) =>
        IsRecent(signedInAt, now) || (passwordConfirmedAt is { } confirmed && IsRecent(confirmed, now));

    /// <summary>How long the session may still make sensitive changes without the password (zero once it may not).</summary>
    public TimeSpan Remaining(DateTimeOffset signedInAt, DateTimeOffset? passwordConfirmedAt, DateTimeOffset now)
    {
        var latest = passwordConfirmedAt is { } confirmed && confirmed > signedInAt && confirmed <= now ? confirmed : signedInAt;
        var left = latest + Window - now;
        return latest > now || left <= TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    // An instant in the future is no proof (a clock moved back, or a forged value): it does not count.
    private bool IsRecent(DateTimeOffset at, DateTimeOffset now) => at <= now && now - at < Window;
}
