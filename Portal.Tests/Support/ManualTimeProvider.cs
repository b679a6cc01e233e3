namespace Portal.Tests.Support;

/// <summary>
/// A clock that moves only when a test says so. <see cref="Advance"/> and <see cref="SetUtcNow"/> also fire the
/// timers created through it (Task.Delay(…, provider), CancellationTokenSource(…, provider), PeriodicTimer),
/// and timestamps follow the same clock, so code that measures elapsed time sees the test's time, not the machine's.
/// Safe to read and move from several threads.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private readonly TimeZoneInfo localTimeZone;
    private DateTimeOffset utcNow;

    /// <summary>Starts at <paramref name="start"/> (converted to UTC); the local zone is UTC unless given.</summary>
    public ManualTimeProvider(DateTimeOffset start, TimeZoneInfo? localTimeZone = null)
    {
        utcNow = start.ToUniversalTime();
        this.localTimeZone = localTimeZone ?? TimeZoneInfo.Utc;
    }

    /// <summary>A fixed, arbitrary instant, for tests that only need time to stand still.</summary>
    public ManualTimeProvider() : this(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero)) { }

    public override TimeZoneInfo LocalTimeZone => localTimeZone;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate) return utcNow;
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (gate) utcNow += by;
        FireDueTimers();
    }

    /// <summary>Moves the clock to <paramref name="instant"/>; the clock never runs backwards.</summary>
    public void SetUtcNow(DateTimeOffset instant)
    {
        lock (gate)
        {
            if (instant < utcNow) throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The clock is already at {utcNow:O}.");
            utcNow = instant.ToUniversalTime();
        }
        FireDueTimers();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    // Callbacks run outside the lock, one due time at a time, so a periodic timer fires once per period passed.
    private void FireDueTimers()
    {
        while (true)
        {
            ManualTimer? due;
            lock (gate)
            {
                due = timers.Where(t => t.DueAt <= utcNow).MinBy(t => t.DueAt);
                if (due is null) return;
                due.Reschedule();
            }
            due.Fire();
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.gate)
            {
                clock.timers.Remove(this);
                this.period = period;
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                DueAt = clock.utcNow + dueTime;
                clock.timers.Add(this);
            }
            clock.FireDueTimers();
            return true;
        }

        /// <summary>Called under the clock's lock once this timer is due.</summary>
        public void Reschedule()
        {
            if (period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero) clock.timers.Remove(this);
            else DueAt += period;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock.gate) clock.timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
