using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public class DateOfBirthTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void A_real_date_of_an_adult_is_valid()
    {
        Assert.Equal(new DateOfBirthResult.Valid(new DateOnly(1987, 8, 16)), DateOfBirth.Parse("8", "16", "1987", Today));
    }

    [Fact]
    public void Leading_zeros_and_spaces_around_the_numbers_are_fine()
    {
        Assert.Equal(new DateOfBirthResult.Valid(new DateOnly(1987, 8, 6)), DateOfBirth.Parse(" 08", "06 ", "1987", Today));
    }

    [Theory]
    [InlineData(null, "16", "1987")]
    [InlineData("8", "", "1987")]
    [InlineData("8", "16", " ")]
    public void An_empty_box_is_missing(string? month, string? day, string? year)
    {
        Assert.IsType<DateOfBirthResult.Missing>(DateOfBirth.Parse(month, day, year, Today));
    }

    [Theory]
    [InlineData("2", "30", "1987")]
    [InlineData("13", "1", "1987")]
    [InlineData("0", "1", "1987")]
    [InlineData("8", "0", "1987")]
    [InlineData("Aug", "16", "1987")]
    [InlineData("8", "16", "87")]
    [InlineData("8", "16", "19870")]
    [InlineData("-8", "16", "1987")]
    [InlineData("8", "16", "0000")]
    public void A_date_that_does_not_exist_is_impossible(string month, string day, string year)
    {
        Assert.IsType<DateOfBirthResult.Impossible>(DateOfBirth.Parse(month, day, year, Today));
    }

    [Fact]
    public void The_29th_of_February_is_real_in_a_leap_year_only()
    {
        Assert.IsType<DateOfBirthResult.Valid>(DateOfBirth.Parse("2", "29", "1988", Today));
        Assert.IsType<DateOfBirthResult.Impossible>(DateOfBirth.Parse("2", "29", "1987", Today));
    }

    [Fact]
    public void A_birth_date_tomorrow_is_in_the_future()
    {
        Assert.IsType<DateOfBirthResult.InTheFuture>(DateOfBirth.Parse("12", "7", "2026", Today));
        Assert.IsType<DateOfBirthResult.InTheFuture>(DateOfBirth.Parse("12", "31", "9999", Today));
    }

    [Fact]
    public void A_birth_date_before_1900_is_too_old()
    {
        Assert.Equal(new DateOfBirthResult.TooOld(new DateOnly(1900, 1, 1)), DateOfBirth.Parse("12", "31", "1899", Today));
        Assert.IsType<DateOfBirthResult.TooOld>(DateOfBirth.Parse("1", "1", "0001", Today));
        Assert.IsType<DateOfBirthResult.Valid>(DateOfBirth.Parse("1", "1", "1900", Today));
    }

    [Fact]
    public void A_parent_turning_fourteen_tomorrow_is_too_young_and_today_is_old_enough()
    {
        Assert.Equal(new DateOfBirthResult.TooYoung(14), DateOfBirth.Parse("12", "7", "2012", Today));
        Assert.Equal(new DateOfBirthResult.Valid(new DateOnly(2012, 12, 6)), DateOfBirth.Parse("12", "6", "2012", Today));
    }

    [Fact]
    public void A_birth_date_today_is_too_young_not_in_the_future()
    {
        Assert.IsType<DateOfBirthResult.TooYoung>(DateOfBirth.Parse("12", "6", "2026", Today));
    }
}
