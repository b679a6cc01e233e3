using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

public abstract record PasswordResetResult
{
    private PasswordResetResult() { }

    public sealed record Changed : PasswordResetResult;

    /// <summary>The password breaks the policy (the page's checklist says how).</summary>
    public sealed record Rejected(PasswordCheck Check) : PasswordResetResult;

    /// <summary>The answers' proof is no longer valid (too old, or the password changed meanwhile): start again.</summary>
    public sealed record Expired : PasswordResetResult;
}
