using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.Tests.Domain;

public class MailingAddressComparerTests
{
    private static readonly MailingAddress McDowell = new("3614 McDowell St", "Apt 172", "Phoenix", "AZ", "85008");
    private static readonly MailingAddress Main = new("3614 West Main Street", null, "Mesa", "AZ", "85201");

    [Theory]
    [InlineData("3614 McDowell Street, Apt. 172", null)]
    [InlineData("3614 McDowell Street", "Apartment 172")]
    [InlineData("3614 mcdowell st", "apt 172")]
    [InlineData("3614  MCDOWELL  ST.", "#172")]
    [InlineData("3614 McDowell St.", "Apt. #172")]
    [InlineData("3614 McDowell St", "Unit 172")]
    public void Address_typed_with_other_case_punctuation_or_abbreviations_matches(string line1, string? line2)
    {
        Assert.True(MailingAddressComparer.LooselyMatches(line1, line2, McDowell));
    }

    [Fact]
    public void Address_without_the_apartment_still_matches()
    {
        Assert.True(MailingAddressComparer.LooselyMatches("3614 McDowell Street", "", McDowell));
    }

    [Theory]
    [InlineData("Apt 172 3614 McDowell St", null)]
    [InlineData("#172", "3614 McDowell Street")]
    [InlineData("3614 McDowell St #172", "")]
    [InlineData("3614 McDowell St", "Suite 172")]
    public void Unit_typed_before_after_or_on_either_line_matches(string line1, string? line2)
    {
        Assert.True(MailingAddressComparer.LooselyMatches(line1, line2, McDowell));
    }

    [Fact]
    public void Place_and_north_match_their_abbreviations()
    {
        var record = new MailingAddress("88 N Ocotillo Pl", null, "Tucson", "AZ", "85701");

        Assert.True(MailingAddressComparer.LooselyMatches("88 North Ocotillo Place", null, record));
    }

    [Theory]
    [InlineData("3614 West Main Street' OR '1'='1")]
    [InlineData("3614 W Main St Mesa AZ")]
    [InlineData("3614 W Main St and anything else")]
    public void Right_address_without_a_unit_on_record_followed_by_more_words_does_not_match(string line1)
    {
        Assert.False(MailingAddressComparer.LooselyMatches(line1, null, Main));
    }

    [Theory]
    [InlineData("3614 McDowell Street' OR '1'='1", null)]
    [InlineData("3614 McDowell Street", "Apt 172' OR '1'='1")]
    [InlineData("3614 McDowell St Apt 172 Phoenix", "c/o Rosa")]
    [InlineData("3614 McDowell St Apt 172 Apt 9", null)]
    [InlineData("3614 McDowell St Rear", "Apt 172")]
    [InlineData("Lot 3614 McDowell St", "Apt 172")]
    [InlineData("3614 McDowell St Apt", null)]
    public void Right_address_with_extra_words_does_not_match(string line1, string? line2)
    {
        Assert.False(MailingAddressComparer.LooselyMatches(line1, line2, McDowell));
    }

    [Theory]
    [InlineData("3614 W. Main St.")]
    [InlineData("3614 west main st")]
    [InlineData("3614 W Main Street")]
    public void Abbreviated_direction_and_street_type_match_the_spelled_out_ones(string line1)
    {
        Assert.True(MailingAddressComparer.LooselyMatches(line1, null, Main));
    }

    [Fact]
    public void Spelled_out_address_matches_an_abbreviated_record()
    {
        var record = new MailingAddress("1200 N Central Ave", "Ste 400", "Phoenix", "AZ", "85004");

        Assert.True(MailingAddressComparer.LooselyMatches("1200 North Central Avenue", "Suite 400", record));
    }

    [Theory]
    [InlineData("3615 McDowell St", "Apt 172")]
    [InlineData("3614 McDowell Ave", "Apt 172")]
    [InlineData("3614 McDowell St", "Apt 173")]
    [InlineData("13614 McDowell St Apt 172", null)]
    [InlineData("3614 E McDowell St", "Apt 172")]
    [InlineData("3614 Roosevelt St", "Apt 172")]
    [InlineData("3614 McDowell St", "Apt 1720")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Different_address_does_not_match(string? line1, string? line2)
    {
        Assert.False(MailingAddressComparer.LooselyMatches(line1, line2, McDowell));
    }

    [Fact]
    public void Apartment_typed_for_a_record_without_one_still_matches()
    {
        Assert.True(MailingAddressComparer.LooselyMatches("3614 W Main St", "Apt 5", Main));
    }
}
