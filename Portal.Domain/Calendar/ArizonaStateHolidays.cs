namespace Portal.Domain.Calendar;

/// <summary>
/// The State of Arizona's legal holidays (A.R.S. § 1-301), the days its offices are closed. Ten holidays: a holiday
/// that falls on a Sunday is kept on the Monday after, and one on a Saturday on the Friday before (§ 1-301(B)).
/// docs/messages.md lists the dates this gives for the coming years, checked against the state's published calendar.
/// </summary>
public static class ArizonaStateHolidays
{
    /// <summary>The days offices are closed in <paramref name="year"/>'s calendar, as observed, in date order.</summary>
    /// <remarks>New Year's Day of the next year can be observed on December 31: it is in this list when it is.</remarks>
    public static IReadOnlyList<DateOnly> ObservedIn(int year)
    {
        var observed = HolidaysOf(year).Concat(HolidaysOf(year + 1).Take(1)).Select(Observed).Where(d => d.Year == year);
        return [.. observed.Order()];
    }

    public static bool IsHoliday(DateOnly date) => ObservedIn(date.Year).Contains(date);

    private static IEnumerable<DateOnly> HolidaysOf(int year)
    {
        yield return new DateOnly(year, 1, 1);                         // New Year's Day (first, see ObservedIn)
        yield return Nth(year, 1, DayOfWeek.Monday, 3);                // Martin Luther King Jr./Civil Rights Day
        yield return Nth(year, 2, DayOfWeek.Monday, 3);                // Lincoln/Washington/Presidents' Day
        yield return Last(year, 5, DayOfWeek.Monday);                  // Memorial Day
        yield return new DateOnly(year, 7, 4);                         // Independence Day
        yield return Nth(year, 9, DayOfWeek.Monday, 1);                // Labor Day
        yield return Nth(year, 10, DayOfWeek.Monday, 2);               // Columbus Day
        yield return new DateOnly(year, 11, 11);                       // Veterans Day
        yield return Nth(year, 11, DayOfWeek.Thursday, 4);             // Thanksgiving Day
        yield return new DateOnly(year, 12, 25);                       // Christmas Day
    }

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((7 + (int)day - (int)first.DayOfWeek) % 7) + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-((7 + (int)last.DayOfWeek - (int)day) % 7));
    }
}
