using System.Globalization;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public class MoneyTests
{
    [Fact]
    public void Money_round_trips_through_cents()
    {
        Assert.Equal(Money.Dollars(1234.56m), Money.FromCents(Money.Dollars(1234.56m).Cents));
        Assert.Equal(123456, Money.Dollars(1234.56m).Cents);
    }

    [Fact]
    public void Dollars_are_rounded_to_the_cent()
    {
        Assert.Equal(Money.Dollars(10.01m), Money.Dollars(10.005m));
    }

    [Theory]
    [InlineData("en-US", "$1,234.50")]
    [InlineData("es-US", "$1,234.50")]
    public void Money_is_formatted_as_dollars_in_each_portal_language(string culture, string expected)
    {
        Assert.Equal(expected, Money.Dollars(1234.5m).ToString(CultureInfo.GetCultureInfo(culture)));
    }
}
