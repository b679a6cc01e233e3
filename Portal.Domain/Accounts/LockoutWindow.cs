namespace Portal.Domain.Accounts;

/// <summary>
/// When wrong passwords and codes lock an account: <see cref="MaxFailures"/> within <see cref="FailureWindow"/> of
/// each other lock it for <see cref="LockoutDuration"/>. A failure after a quiet spell longer than the window starts the
/// count again, and the failure that locks resets it, so the account comes back with a clean slate.
/// </summary>
public sealed record LockoutWindow(int MaxFailures, TimeSpan FailureWindow, TimeSpan LockoutDuration)
{
    /// <summary>What one more failure at <paramref name="now"/> makes of the account's count.</summary>
    public LockoutCount Fail(int failuresSoFar, DateTimeOffset? lastFailureAt, DateTimeOffset now)
    {
        var failures = lastFailureAt is null || now - lastFailureAt > FailureWindow ? 1 : failuresSoFar + 1;
        return failures >= MaxFailures ? new LockoutCount(0, now + LockoutDuration) : new LockoutCount(failures, null);
    }
}
