using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.SignIn;

/// <summary>
/// A sign-in whose password was right, waiting for its second step. The browser holds its secret in a cookie
/// scoped to /signin; only hashes are stored, so neither the secret nor the emailed code can be read back.
/// A code works only for the sign-in that asked for it, once, and until a newer code replaces it.
/// </summary>
public sealed class PendingSignIn
{
    private PendingSignIn()
    {
        TokenHash = UserId = CodeHash = string.Empty;
    }

    public PendingSignIn(string tokenHash, string userId, string? returnUrl, DateTimeOffset startedAt, DateTimeOffset expiresAt)
    {
        TokenHash = tokenHash;
        UserId = userId;
        ReturnUrl = returnUrl;
        StartedAt = startedAt;
        ExpiresAt = expiresAt;
        CodeHash = string.Empty;
    }

    public long Id { get; private set; }
    public string TokenHash { get; private set; }
    public string UserId { get; private set; }

    /// <summary>The local page the person was going to when sign-in began.</summary>
    public string? ReturnUrl { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Hash of the current code (keyed by the browser's secret); older codes no longer match.</summary>
    public string CodeHash { get; private set; }
    public DateTimeOffset CodeIssuedAt { get; private set; }
    public DateTimeOffset CodeExpiresAt { get; private set; }
    public int CodesSent { get; private set; }
    public int WrongCodes { get; private set; }

    /// <summary>Set when the sign-in completed, or ended after too many wrong codes: nothing works for it after that.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsOpenAt(DateTimeOffset now) => EndedAt is null && now < ExpiresAt;

    public NewCodeDecision NewCode(SignInCodeRules rules, DateTimeOffset now) => rules.NewCode(CodesSent, CodeIssuedAt, now);

    public void IssueCode(string codeHash, DateTimeOffset now, SignInCodeRules rules)
    {
        CodeHash = codeHash;
        CodeIssuedAt = now;
        CodeExpiresAt = rules.ExpiryOfCodeSentAt(now);
        CodesSent++;
    }

    /// <summary>Counts a wrong code; true when that was the last one allowed and the sign-in has ended.</summary>
    public bool RecordWrongCode(DateTimeOffset now, SignInCodeRules rules)
    {
        WrongCodes++;
        if (rules.EndsSignIn(WrongCodes)) EndedAt = now;
        return EndedAt is not null;
    }

    public void End(DateTimeOffset now) => EndedAt ??= now;
}
