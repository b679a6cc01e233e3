using Portal.Domain.Cases;

namespace Portal.Tests.Domain;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("602-555-0134")]
    [InlineData("(602) 555-0134")]
    [InlineData("602.555.0134")]
    [InlineData("+1 602 555 0134")]
    [InlineData("16025550134")]
    public void A_us_number_typed_any_usual_way_is_read_as_its_ten_digits(string typed)
    {
        Assert.True(PhoneNumber.TryParse(typed, out var number));
        Assert.Equal(("6025550134", "(602) 555-0134"), (number.Digits, number.Display));
    }

    [Theory]
    [InlineData("")]
    [InlineData("555-0134")]              // no area code
    [InlineData("102-555-0134")]          // an area code starts 2-9
    [InlineData("602-055-0134")]          // so does an exchange
    [InlineData("911-555-0134")]          // N11 codes are services
    [InlineData("602-411-0134")]
    [InlineData("26025550134")]           // eleven digits must start with the country code 1
    [InlineData("602-555-0134 ext 12")]
    [InlineData("602-555-O134")]          // a letter O
    [InlineData("+44 20 7946 0958")]      // not a US number
    public void Anything_else_is_not_a_us_number(string typed) =>
        Assert.False(PhoneNumber.TryParse(typed, out _));

    [Fact]
    public void A_ten_thousand_character_paste_is_refused_without_reading_it_all() =>
        Assert.False(PhoneNumber.TryParse(new string('6', 10_000), out _));
}
