namespace Portal.Tests.Support;

public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Clock_stands_still_until_advanced()
    {
        var time = new ManualTimeProvider(Start);
        var started = time.GetTimestamp();

        time.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(Start.AddMinutes(90), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(90), time.GetElapsedTime(started));
    }

    [Fact]
    public void Clock_never_runs_backwards()
    {
        var time = new ManualTimeProvider(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => time.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => time.SetUtcNow(Start.AddSeconds(-1)));
    }

    [Fact]
    public async Task Delay_completes_when_the_clock_reaches_it()
    {
        var time = new ManualTimeProvider(Start);
        var delay = Task.Delay(TimeSpan.FromMinutes(5), time);

        time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(delay.IsCompleted);

        time.SetUtcNow(Start.AddMinutes(5));
        await delay.WaitAsync(TimeSpan.FromSeconds(5)); // a guard against a hang, not a wait for time to pass
    }

    [Fact]
    public void Periodic_timer_fires_once_per_period_passed_and_not_after_disposal()
    {
        var time = new ManualTimeProvider(Start);
        var ticks = 0;
        var timer = time.CreateTimer(_ => Interlocked.Increment(ref ticks), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        time.Advance(TimeSpan.FromSeconds(35));
        Assert.Equal(3, ticks);

        timer.Dispose();
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, ticks);
    }

    [Fact]
    public void Advancing_from_several_threads_loses_no_time()
    {
        var time = new ManualTimeProvider(Start);

        Parallel.For(0, 1000, _ => time.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(Start.AddSeconds(1000), time.GetUtcNow());
    }
}
