namespace Portal.SeedData;

/// <summary>Arizona time (UTC-7 all year: the state keeps no daylight saving time) and the business days the agency works.</summary>
internal static class ArizonaCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-7);

    public static DateTimeOffset At(DateOnly date, int minuteOfDay) =>
        new(date.ToDateTime(new TimeOnly(minuteOfDay / 60, minuteOfDay % 60)), Offset);

    public static bool IsBusinessDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static DateOnly OnOrBeforeBusinessDay(DateOnly date)
    {
        while (!IsBusinessDay(date)) date = date.AddDays(-1);
        return date;
    }

    public static DateOnly OnOrAfterBusinessDay(DateOnly date)
    {
        while (!IsBusinessDay(date)) date = date.AddDays(1);
        return date;
    }

    public static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        for (var i = 0; i < days; i++) date = OnOrAfterBusinessDay(date.AddDays(1));
        return date;
    }

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
