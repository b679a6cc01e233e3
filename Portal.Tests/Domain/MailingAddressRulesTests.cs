using Portal.Domain.Cases;

namespace Portal.Tests.Domain;

public sealed class MailingAddressRulesTests
{
    [Fact]
    public void A_complete_address_is_tidied_and_accepted_in_or_out_of_state()
    {
        var check = MailingAddressRules.Check("  418   W Roosevelt St ", " ", "Las Cruces", "nm", "88005-1234");

        Assert.True(check.IsValid);
        Assert.Equal(new MailingAddress("418 W Roosevelt St", null, "Las Cruces", "NM", "88005-1234"), check.Address);
    }

    [Theory]
    [InlineData("Calle Señora José 5", "Apt #4-B", "Peñasco")]
    [InlineData("St. John's Way 1/2", "P&G Bldg, Unit 7", "O'Fallon")]
    public void Letters_of_any_alphabet_and_the_punctuation_of_addresses_are_welcome(string line1, string line2, string city) =>
        Assert.True(MailingAddressRules.Check(line1, line2, city, "AZ", "85007").IsValid);

    [Fact]
    public void Each_missing_field_is_named()
    {
        var check = MailingAddressRules.Check(null, null, "", " ", "");

        Assert.Equal((AddressProblem.Required, AddressProblem.None, AddressProblem.Required, AddressProblem.Required, AddressProblem.Required),
            (check.Line1, check.Line2, check.City, check.State, check.Zip));
        Assert.Null(check.Address);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("12 Main St 😀")]
    [InlineData("12 Main\u0000St")]
    [InlineData("12 Main St; DROP TABLE")]
    public void Markup_emoji_and_control_characters_are_refused(string line1) =>
        Assert.Equal(AddressProblem.UnsupportedCharacters, MailingAddressRules.Check(line1, null, "Mesa", "AZ", "85201").Line1);

    [Fact]
    public void Overlong_text_is_too_long_not_cut()
    {
        var check = MailingAddressRules.Check(new string('a', 10_000), new string('b', 101), new string('c', 61), "AZ", "85201");

        Assert.Equal((AddressProblem.TooLong, AddressProblem.TooLong, AddressProblem.TooLong), (check.Line1, check.Line2, check.City));
    }

    [Theory]
    [InlineData("ZZ", AddressProblem.UnknownState)]
    [InlineData("Arizona", AddressProblem.UnknownState)]
    [InlineData("pr", AddressProblem.None)]
    [InlineData("AE", AddressProblem.None)]
    public void The_state_is_a_usps_code_of_a_state_territory_or_military_post(string state, AddressProblem expected) =>
        Assert.Equal(expected, MailingAddressRules.Check("1 Main St", null, "Town", state, "85201").State);

    [Theory]
    [InlineData("8500")]
    [InlineData("85007-12")]
    [InlineData("8500A")]
    [InlineData("850071234")]
    public void A_zip_is_five_digits_or_zip_plus_four(string zip) =>
        Assert.Equal(AddressProblem.InvalidZip, MailingAddressRules.Check("1 Main St", null, "Town", "AZ", zip).Zip);
}
