namespace Portal.Domain;

/// <summary>
/// The dates the portal accepts from a person or a URL: from 1900-01-01 to a year after today. Anything
/// outside is a typing slip or a probe, and the extremes (0001-01-01, 9999-12-31) overflow the arithmetic
/// that turns a day into an instant (the day after 9999-12-31 does not exist), so they are refused before
/// any of it runs.
/// </summary>
public static class SaneDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static DateOnly Latest(DateOnly today) => today.AddYears(1);

    public static bool Contains(DateOnly date, DateOnly today) => date >= Earliest && date <= Latest(today);

    /// <summary>A date of birth: from <see cref="Earliest"/> to today; nobody is born tomorrow.</summary>
    public static bool ContainsBirthDate(DateOnly date, DateOnly today) => date >= Earliest && date <= today;

    /// <summary>A from/to range, either end open: each end in the sane range, and To not before From.</summary>
    public static DateRangeResult Check(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var fromOutside = from is { } f && !Contains(f, today);
        var toOutside = to is { } t && !Contains(t, today);
        if (fromOutside || toOutside) return new DateRangeResult.OutOfRange(fromOutside, toOutside);
        if (from is { } start && to is { } end && end < start) return new DateRangeResult.ToBeforeFrom();
        return new DateRangeResult.Valid(from, to);
    }
}
