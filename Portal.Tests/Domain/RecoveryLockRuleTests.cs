using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class RecoveryLockRuleTests
{
    private static readonly RecoveryLockRule Rule = new(FailuresBeforeLock: 3, FailureWindow: TimeSpan.FromHours(1), LockDuration: TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_wrong_set_inside_the_hour_counts() =>
        Assert.True(Rule.Counts(Now.AddMinutes(-59), lockedUntil: null, Now));

    [Fact]
    public void A_wrong_set_over_an_hour_ago_no_longer_counts() =>
        Assert.False(Rule.Counts(Now.AddMinutes(-61), lockedUntil: null, Now));

    [Fact]
    public void A_lock_counts_until_it_is_over_however_old_the_attempt() =>
        Assert.True(Rule.Counts(Now.AddHours(-5), lockedUntil: Now.AddMinutes(1), Now));

    [Fact]
    public void A_lock_that_is_over_no_longer_locks()
    {
        Assert.False(RecoveryLockRule.Locks(Now, Now));
        Assert.True(RecoveryLockRule.Locks(Now.AddSeconds(1), Now));
    }

    [Fact]
    public void The_third_wrong_set_locks_recovery_for_an_hour() =>
        Assert.Equal(Now.AddHours(1), Rule.LockAfterFailure(countedFailures: 2, Now));

    [Fact]
    public void The_second_wrong_set_does_not_lock() =>
        Assert.Null(Rule.LockAfterFailure(countedFailures: 1, Now));
}
