using System.ComponentModel.DataAnnotations;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>Configuration "Recovery": when wrong security answers lock recovery, and how often "Forgot case number" may be used.</summary>
public sealed class RecoveryOptions
{
    public const string Section = "Recovery";

    /// <summary>Wrong sets of answers, within <see cref="FailedAnswerWindow"/>, that lock an account's recovery.</summary>
    [Range(1, 100)]
    public int FailedAnswersBeforeLock { get; set; } = 3;

    /// <summary>How far back wrong answers count towards the lock.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan FailedAnswerWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long recovery stays locked for the account (username and password alike).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The three settings above as the rule that applies them.</summary>
    public RecoveryLockRule LockRule => new(FailedAnswersBeforeLock, FailedAnswerWindow, LockDuration);

    /// <summary>How long the answers' proof lets the person set a new password.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>"Forgot case number" lookups allowed from one client (IP address) within <see cref="CaseNumberLookupWindow"/>.</summary>
    [Range(1, 1000)]
    public int CaseNumberLookupsPerClient { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan CaseNumberLookupWindow { get; set; } = TimeSpan.FromHours(1);
}
