using Portal.Domain.Cases;
using Portal.Domain.Offices;

namespace Portal.Tests.Domain;

/// <summary>"Open now" is decided in Arizona time (UTC-7 all year), Monday to Friday, from opening up to closing.</summary>
public class OfficeOpenNowTests
{
    private static readonly Office Mesa = new("MESA", "Mesa Office", new MailingAddress("1255 W Baseline Rd", "Suite 140", "Mesa", "AZ", "85202"),
        "602-252-4045", new TimeOnly(8, 0), new TimeOnly(17, 0), new GeoPoint(33.3784, -111.856));

    private static DateTimeOffset Arizona(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(-7));

    [Theory]
    [InlineData(7, 59, 59, false)]
    [InlineData(8, 0, 0, true)]
    [InlineData(12, 30, 0, true)]
    [InlineData(16, 59, 59, true)]
    [InlineData(17, 0, 0, false)]
    [InlineData(23, 59, 59, false)]
    public void On_a_Wednesday_the_office_is_open_from_opening_up_to_closing(int hour, int minute, int second, bool open)
    {
        Assert.Equal(open, Mesa.IsOpenAt(Arizona(2026, 12, 2, hour, minute, second)));
    }

    [Theory]
    [InlineData(2026, 12, 5)] // Saturday
    [InlineData(2026, 12, 6)] // Sunday
    public void At_weekends_the_office_is_closed_all_day(int year, int month, int day)
    {
        Assert.False(Mesa.IsOpenAt(Arizona(year, month, day, 10, 0)));
        Assert.False(Mesa.IsOpenAt(Arizona(year, month, day, 8, 0)));
    }

    [Fact]
    public void The_hours_are_Arizona_time_whatever_offset_the_instant_is_given_in()
    {
        // 15:00 UTC is 08:00 in Arizona: just open. 00:30 UTC on a Saturday is still Friday 17:30 in Arizona: closed by the hour.
        Assert.True(Mesa.IsOpenAt(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero)));
        Assert.False(Mesa.IsOpenAt(new DateTimeOffset(2026, 12, 2, 14, 59, 59, TimeSpan.Zero)));
        Assert.False(Mesa.IsOpenAt(new DateTimeOffset(2026, 12, 5, 0, 30, 0, TimeSpan.Zero)));
        // Monday 06:00 UTC is still Sunday 23:00 in Arizona; Saturday 06:59 UTC is Friday 23:59.
        Assert.False(Mesa.IsOpenAt(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero)));
        // 16:30 in New York (UTC-5 in winter) is 14:30 in Arizona: open.
        Assert.True(Mesa.IsOpenAt(new DateTimeOffset(2026, 12, 2, 16, 30, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void Arizona_keeps_no_daylight_saving_time_so_summer_hours_are_the_same_in_UTC()
    {
        // In July the rest of Mountain time is UTC-6; Arizona stays UTC-7, so the office still opens at 15:00 UTC.
        Assert.False(Mesa.IsOpenAt(new DateTimeOffset(2026, 7, 15, 14, 30, 0, TimeSpan.Zero)));
        Assert.True(Mesa.IsOpenAt(new DateTimeOffset(2026, 7, 15, 15, 0, 0, TimeSpan.Zero)));
        Assert.True(Mesa.IsOpenAt(new DateTimeOffset(2026, 7, 15, 23, 59, 0, TimeSpan.Zero)));
        Assert.False(Mesa.IsOpenAt(new DateTimeOffset(2026, 7, 16, 0, 0, 0, TimeSpan.Zero)));
    }
}
