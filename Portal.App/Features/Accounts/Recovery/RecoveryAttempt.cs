using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// A wrong set of answers to an account's security questions. The attempt that reaches the limit becomes the
/// lock: it carries <see cref="LockedUntil"/>, and the failures before it are removed. Rows are deleted once
/// they no longer count (outside the window, or the lock is over) and when the answers are right.
/// </summary>
public sealed class RecoveryAttempt
{
    private RecoveryAttempt()
    {
        UserId = string.Empty;
    }

    public RecoveryAttempt(string userId, DateTimeOffset attemptedAt, DateTimeOffset? lockedUntil = null)
    {
        UserId = userId;
        AttemptedAt = attemptedAt;
        LockedUntil = lockedUntil;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public DateTimeOffset AttemptedAt { get; private set; }

    /// <summary>Set on the attempt that locked recovery: until when it stays locked.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public bool Locks(DateTimeOffset now) => RecoveryLockRule.Locks(LockedUntil, now);

    /// <summary>Whether the row still matters at <paramref name="now"/> (<see cref="RecoveryLockRule.Counts"/>).</summary>
    public bool Counts(DateTimeOffset now, RecoveryLockRule rule) => rule.Counts(AttemptedAt, LockedUntil, now);
}
