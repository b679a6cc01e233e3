using System.Globalization;

namespace Portal.Domain.Accounts;

/// <summary>
/// A parent's date of birth as typed in three boxes (month, day, year), checked the one way every form asks for it:
/// registration's "Find your case" and recovery's "Forgot case number" give the same answers to the same typing.
/// </summary>
public static class DateOfBirth
{
    /// <summary>The youngest a parent may be to hold an account, so also the youngest anyone who registered can be.</summary>
    public const int MinimumAge = 14;

    public static DateOfBirthResult Parse(string? month, string? day, string? year, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(month) || string.IsNullOrWhiteSpace(day) || string.IsNullOrWhiteSpace(year)) return new DateOfBirthResult.Missing();
        // Four digits for the year: "87" is a slip to point out, not the year 87.
        if (!TryNumber(month, out var m) || !TryNumber(day, out var d) || !TryNumber(year, out var y) || year.Trim().Length != 4
            || m is < 1 or > 12 || y < 1 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return new DateOfBirthResult.Impossible();
        }
        var date = new DateOnly(y, m, d);
        if (date > today) return new DateOfBirthResult.InTheFuture();
        if (date < SaneDates.Earliest) return new DateOfBirthResult.TooOld(SaneDates.Earliest);
        if (date > today.AddYears(-MinimumAge)) return new DateOfBirthResult.TooYoung(MinimumAge);
        return new DateOfBirthResult.Valid(date);
    }

    private static bool TryNumber(string text, out int number) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
