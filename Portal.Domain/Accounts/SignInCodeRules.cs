namespace Portal.Domain.Accounts;

/// <summary>
/// The rules of the code emailed for one sign-in: how long a code works, how many wrong codes end the sign-in, and
/// when another code may be sent (at most <see cref="MaxCodesPerSignIn"/> in all, and not twice within
/// <see cref="NewCodeInterval"/>, so a mailbox cannot be flooded and the person is not confused by many codes).
/// </summary>
public sealed record SignInCodeRules(TimeSpan CodeLifetime, int MaxWrongCodes, TimeSpan NewCodeInterval, int MaxCodesPerSignIn)
{
    /// <summary>Whether one more code may be sent, for a sign-in that has had <paramref name="codesSent"/>, the last at <paramref name="lastSentAt"/>.</summary>
    public NewCodeDecision NewCode(int codesSent, DateTimeOffset lastSentAt, DateTimeOffset now) =>
        codesSent >= MaxCodesPerSignIn ? NewCodeDecision.LimitReached
        : codesSent > 0 && now < lastSentAt + NewCodeInterval ? NewCodeDecision.TooSoon
        : NewCodeDecision.Allowed;

    public DateTimeOffset ExpiryOfCodeSentAt(DateTimeOffset sentAt) => sentAt + CodeLifetime;

    /// <summary>True when <paramref name="wrongCodes"/> (this one included) end the sign-in: the person starts again from the password.</summary>
    public bool EndsSignIn(int wrongCodes) => wrongCodes >= MaxWrongCodes;
}
