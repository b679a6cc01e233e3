using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

public abstract record PasswordResetOutcome
{
    private PasswordResetOutcome() { }

    public sealed record Changed : PasswordResetOutcome;

    /// <summary>The password breaks the policy (the page's checklist says how).</summary>
    public sealed record Rejected(PasswordCheck Check) : PasswordResetOutcome;

    /// <summary>The answers' proof is no longer valid (too old, or the password changed meanwhile): start again.</summary>
    public sealed record Expired : PasswordResetOutcome;
}
