using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public class SsnTests
{
    [Theory]
    [InlineData("123-45-6789")]
    [InlineData("123456789")]
    [InlineData(" 123 45 6789 ")]
    public void Ssn_is_accepted_with_or_without_separators(string input)
    {
        Assert.True(Ssn.TryParse(input, out var ssn));
        Assert.Equal("123456789", ssn.UnmaskedDigits);
        Assert.Equal(SsnKind.SocialSecurityNumber, ssn.Kind);
    }

    [Theory]
    [InlineData("000-12-3456")] // area 000 is never issued
    [InlineData("666-12-3456")] // nor 666
    [InlineData("123-00-4567")] // nor group 00
    [InlineData("123-45-0000")] // nor serial 0000
    [InlineData("912-34-5678")] // 9xx with a group outside the ITIN ranges
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("12345678A")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_that_cannot_be_an_ssn_or_itin_are_rejected(string? input)
    {
        Assert.False(Ssn.TryParse(input, out _));
    }

    [Fact]
    public void Itin_is_accepted_as_a_taxpayer_number()
    {
        Assert.True(Ssn.TryParse("912-70-1234", out var itin));
        Assert.Equal(SsnKind.TaxpayerIdentificationNumber, itin.Kind);
    }

    [Fact]
    public void Ssn_masks_itself_wherever_it_is_printed()
    {
        var ssn = Ssn.Parse("123-45-6789");

        Assert.Equal("***-**-6789", ssn.Masked);
        Assert.Equal("***-**-6789", ssn.ToString());
        Assert.Equal("SSN ***-**-6789", $"SSN {ssn}");
        Assert.Equal("6789", ssn.Last4);
        Assert.DoesNotContain("12345", string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", ssn));
    }

    [Fact]
    public void Equal_digits_are_equal_ssns_however_they_were_typed()
    {
        Assert.Equal(Ssn.Parse("123-45-6789"), Ssn.Parse("123456789"));
        Assert.NotEqual(Ssn.Parse("123-45-6789"), Ssn.Parse("123-45-6780"));
    }
}
