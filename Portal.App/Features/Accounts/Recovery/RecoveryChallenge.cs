using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// The three questions shown to the person, and (held only in the server's circuit, never sent to the browser)
/// the account they belong to: null for decoy questions, whose answers always fail. For "Forgot password" it
/// also holds whether the typed case number is one of the account's cases: that is checked together with the
/// answers, so a wrong case number changes nothing on screen until the answers fail like any wrong answers.
/// </summary>
public sealed class RecoveryChallenge
{
    internal RecoveryChallenge(RecoveryPurpose purpose, IReadOnlyList<SecurityQuestion> questions, string? accountId, bool caseNumberMatches = true)
    {
        Purpose = purpose;
        Questions = questions;
        AccountId = accountId;
        CaseNumberMatches = caseNumberMatches;
    }

    /// <summary>Questions that belong to no account (decoys): any answers fail.</summary>
    public static RecoveryChallenge WithoutAccount(RecoveryPurpose purpose, IReadOnlyList<SecurityQuestion> questions) => new(purpose, questions, accountId: null);

    public RecoveryPurpose Purpose { get; }
    public IReadOnlyList<SecurityQuestion> Questions { get; }
    internal string? AccountId { get; }
    internal bool CaseNumberMatches { get; }
}
