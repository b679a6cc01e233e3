using Portal.Domain.Offices;

namespace Portal.Tests.Domain;

public class ZipCodeTests
{
    [Theory]
    [InlineData("85007", true)]
    [InlineData("90210", true)]
    [InlineData("8500", false)]
    [InlineData("850071", false)]
    [InlineData("85007-1234", false)]
    [InlineData("abcde", false)]
    [InlineData(" 8500", false)]
    [InlineData("８５００７", false)] // full-width digits are digits to char.IsDigit, not to a ZIP code
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_ZIP_code_is_exactly_five_ASCII_digits(string? zip, bool wellFormed)
    {
        Assert.Equal(wellFormed, ZipCode.IsWellFormed(zip));
    }

    [Theory]
    [InlineData("85001", true)]
    [InlineData("85007", true)]
    [InlineData("86556", true)]
    [InlineData("84999", false)] // Utah
    [InlineData("86600", false)]
    [InlineData("87101", false)] // New Mexico
    [InlineData("90210", false)]
    public void Arizona_ZIP_codes_start_850_to_865(string zip, bool arizona)
    {
        Assert.Equal(arizona, ZipCode.IsArizona(zip));
    }
}
