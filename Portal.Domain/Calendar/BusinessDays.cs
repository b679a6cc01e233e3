namespace Portal.Domain.Calendar;

/// <summary>Arizona state business days: Monday to Friday, except the state's holidays (<see cref="ArizonaStateHolidays"/>).</summary>
public static class BusinessDays
{
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !ArizonaStateHolidays.IsHoliday(date);

    /// <summary>
    /// The <paramref name="count"/>th business day after <paramref name="date"/>: the day itself never counts, whether or
    /// not it is a business day, so a message written on Friday evening and one written on Saturday have the same date.
    /// </summary>
    public static DateOnly After(DateOnly date, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = date;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day)) counted++;
        }
        return day;
    }
}
