using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class LockoutWindowTests
{
    private static readonly LockoutWindow Window = new(MaxFailures: 5, FailureWindow: TimeSpan.FromMinutes(15), LockoutDuration: TimeSpan.FromMinutes(15));
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_failure_counts_one_and_locks_nothing() =>
        Assert.Equal(new LockoutCount(1, null), Window.Fail(0, null, Now));

    [Fact]
    public void The_fifth_failure_within_the_window_locks_for_the_duration_and_clears_the_count() =>
        Assert.Equal(new LockoutCount(0, Now.AddMinutes(15)), Window.Fail(4, Now.AddMinutes(-14), Now));

    [Fact]
    public void A_failure_after_a_quiet_spell_longer_than_the_window_starts_counting_again() =>
        Assert.Equal(new LockoutCount(1, null), Window.Fail(4, Now.AddMinutes(-16), Now));

    [Fact]
    public void A_failure_exactly_at_the_end_of_the_window_still_counts() =>
        Assert.Equal(new LockoutCount(0, Now.AddMinutes(15)), Window.Fail(4, Now.AddMinutes(-15), Now));
}
