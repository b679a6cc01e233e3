using Portal.Domain.Calendar;
using Portal.Domain.Messages;

namespace Portal.Tests.Domain;

public sealed class BusinessDaysTests
{
    private static DateTimeOffset Arizona(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(-7));

    [Fact]
    public void A_message_sent_on_a_Friday_evening_is_due_on_the_Wednesday()
    {
        Assert.Equal(new DateOnly(2026, 12, 9), ReplyDue.For(Arizona(2026, 12, 4, 18, 30), 3));
    }

    [Fact]
    public void A_message_sent_at_the_weekend_is_due_as_if_sent_on_the_Friday()
    {
        Assert.Equal(new DateOnly(2026, 12, 9), ReplyDue.For(Arizona(2026, 12, 5, 9), 3));
        Assert.Equal(new DateOnly(2026, 12, 9), ReplyDue.For(Arizona(2026, 12, 6, 23, 59), 3));
    }

    [Fact]
    public void The_day_is_the_Arizona_day_even_when_it_is_already_tomorrow_in_UTC()
    {
        // 23:59 on Monday in Arizona is 06:59 on Tuesday in UTC; a minute later it is Tuesday in Arizona too.
        Assert.Equal(new DateOnly(2026, 12, 10), ReplyDue.For(new DateTimeOffset(2026, 12, 8, 6, 59, 0, TimeSpan.Zero), 3));
        Assert.Equal(new DateOnly(2026, 12, 11), ReplyDue.For(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero), 3));
    }

    [Fact]
    public void Christmas_is_skipped()
    {
        Assert.Equal(new DateOnly(2026, 12, 29), ReplyDue.For(Arizona(2026, 12, 23, 10), 3));
    }

    [Fact]
    public void Thanksgiving_is_skipped_but_the_Friday_after_it_is_a_working_day()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), ReplyDue.For(Arizona(2026, 11, 25, 10), 3));
    }

    [Fact]
    public void A_holiday_on_a_Saturday_closes_the_Friday_before()
    {
        Assert.Contains(new DateOnly(2026, 7, 3), ArizonaStateHolidays.ObservedIn(2026));
        Assert.False(BusinessDays.IsBusinessDay(new DateOnly(2027, 12, 24)));
    }

    [Fact]
    public void A_holiday_on_a_Sunday_closes_the_Monday_after()
    {
        Assert.Contains(new DateOnly(2029, 11, 12), ArizonaStateHolidays.ObservedIn(2029));
        Assert.DoesNotContain(new DateOnly(2029, 11, 11), ArizonaStateHolidays.ObservedIn(2029));
    }

    [Fact]
    public void New_Years_Day_on_a_Saturday_is_kept_on_the_last_day_of_the_year_before()
    {
        var observed2027 = ArizonaStateHolidays.ObservedIn(2027);
        Assert.Contains(new DateOnly(2027, 12, 31), observed2027);
        Assert.Equal(11, observed2027.Count);
        Assert.DoesNotContain(ArizonaStateHolidays.ObservedIn(2028), d => d.Month == 1 && d.Day == 1);
    }

    [Fact]
    public void The_2026_calendar_has_the_ten_state_holidays_on_their_dates()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 1, 19), new(2026, 2, 16), new(2026, 5, 25), new(2026, 7, 3),
            new(2026, 9, 7), new(2026, 10, 12), new(2026, 11, 11), new(2026, 11, 26), new(2026, 12, 25),
        ];
        Assert.Equal(expected, ArizonaStateHolidays.ObservedIn(2026));
    }

    [Fact]
    public void A_reply_is_late_from_midnight_in_Arizona_at_the_end_of_the_due_date()
    {
        var due = new DateOnly(2026, 12, 9);
        Assert.False(ReplyDue.IsLate(due, Arizona(2026, 12, 9, 23, 59)));
        Assert.True(ReplyDue.IsLate(due, Arizona(2026, 12, 10, 0, 0)));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 7, 0, 0, TimeSpan.Zero), ReplyDue.LateFrom(due));
    }

    [Fact]
    public void Zero_business_days_means_the_same_day()
    {
        Assert.Equal(new DateOnly(2026, 12, 5), BusinessDays.After(new DateOnly(2026, 12, 5), 0));
    }
}
