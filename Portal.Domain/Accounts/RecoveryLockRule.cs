namespace Portal.Domain.Accounts;

/// <summary>
/// When wrong answers to the security questions lock an account's recovery: <see cref="FailuresBeforeLock"/> wrong sets
/// within <see cref="FailureWindow"/> lock it for <see cref="LockDuration"/>. The attempt that reaches the limit becomes
/// the lock, and the failures before it stop counting, so recovery comes back with a clean slate.
/// </summary>
public sealed record RecoveryLockRule(int FailuresBeforeLock, TimeSpan FailureWindow, TimeSpan LockDuration)
{
    /// <summary>Whether a recorded attempt still matters: a lock not yet over, or a failure inside the window.</summary>
    public bool Counts(DateTimeOffset attemptedAt, DateTimeOffset? lockedUntil, DateTimeOffset now) =>
        lockedUntil is { } until ? until > now : attemptedAt > now - FailureWindow;

    public static bool Locks(DateTimeOffset? lockedUntil, DateTimeOffset now) => lockedUntil > now;

    /// <summary>What one more wrong set makes, after <paramref name="countedFailures"/> inside the window: the lock's end when it locks, else null.</summary>
    public DateTimeOffset? LockAfterFailure(int countedFailures, DateTimeOffset now) =>
        countedFailures + 1 >= FailuresBeforeLock ? now + LockDuration : null;
}
