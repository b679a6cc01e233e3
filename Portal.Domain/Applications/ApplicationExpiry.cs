namespace Portal.Domain.Applications;

/// <summary>
/// An unfinished application is kept for a lifetime counted from when it was started (60 days by default), so the
/// date the reminders give never moves; reminders go when given numbers of days are left (30 and 7 by default), each
/// once. A reminder whose day passed unsent (the service was down) is not sent late if a later one is already due.
/// </summary>
public sealed record ApplicationExpiry(TimeSpan Lifetime, IReadOnlyList<int> ReminderDaysLeft)
{
    public static readonly ApplicationExpiry Default = new(TimeSpan.FromDays(60), [30, 7]);

    public DateTimeOffset ExpiresAt(DateTimeOffset startedAt) => startedAt + Lifetime;

    public bool IsExpired(DateTimeOffset startedAt, DateTimeOffset now) => now >= ExpiresAt(startedAt);

    /// <summary>
    /// The reminder due now (its days left), given the fewest days left a reminder was already sent for; null when
    /// none is due.
    /// </summary>
    public int? ReminderDue(DateTimeOffset startedAt, int? lastSentDaysLeft, DateTimeOffset now)
    {
        if (IsExpired(startedAt, now)) return null;
        var left = ExpiresAt(startedAt) - now;
        // The smallest threshold already reached: the one that says how close the end is.
        int? due = null;
        foreach (var days in ReminderDaysLeft.Where(d => d > 0).OrderByDescending(d => d))
        {
            if (left <= TimeSpan.FromDays(days)) due = days;
        }
        if (due is null || (lastSentDaysLeft is { } sent && sent <= due)) return null;
        return due;
    }
}
