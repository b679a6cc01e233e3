using Portal.Domain;

namespace Portal.Tests.Domain;

public class SaneDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void The_first_of_January_1900_and_a_year_from_today_are_accepted()
    {
        Assert.True(SaneDates.Contains(new DateOnly(1900, 1, 1), Today));
        Assert.True(SaneDates.Contains(new DateOnly(2027, 12, 6), Today));
    }

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("2026-12-06", true)]
    [InlineData("0001-01-01", false)]
    [InlineData("2026-12-07", false)]
    [InlineData("9999-12-31", false)]
    public void A_date_of_birth_lies_between_1900_and_today(string text, bool accepted)
    {
        Assert.Equal(accepted, SaneDates.ContainsBirthDate(DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Today));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2027-12-07")]
    [InlineData("9999-12-31")]
    public void A_date_before_1900_or_more_than_a_year_ahead_is_refused(string text)
    {
        Assert.False(SaneDates.Contains(DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Today));
    }

    [Fact]
    public void An_open_range_is_valid()
    {
        Assert.Equal(new DateRangeResult.Valid(null, null), SaneDates.Check(null, null, Today));
        Assert.Equal(new DateRangeResult.Valid(new DateOnly(2026, 1, 1), null), SaneDates.Check(new DateOnly(2026, 1, 1), null, Today));
    }

    [Fact]
    public void A_range_ending_on_9999_12_31_names_the_to_date_only()
    {
        Assert.Equal(new DateRangeResult.OutOfRange(false, true), SaneDates.Check(new DateOnly(2026, 1, 1), DateOnly.MaxValue, Today));
    }

    [Fact]
    public void A_range_starting_on_0001_01_01_names_the_from_date_only()
    {
        Assert.Equal(new DateRangeResult.OutOfRange(true, false), SaneDates.Check(DateOnly.MinValue, new DateOnly(2026, 1, 1), Today));
    }

    [Fact]
    public void A_to_date_before_the_from_date_is_refused()
    {
        Assert.IsType<DateRangeResult.ToBeforeFrom>(SaneDates.Check(new DateOnly(2026, 6, 1), new DateOnly(2026, 5, 31), Today));
        Assert.IsType<DateRangeResult.Valid>(SaneDates.Check(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1), Today));
    }
}
