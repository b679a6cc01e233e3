using System.Globalization;
using Portal.App.Platform.Localization;

namespace Portal.Tests.Platform.Localization;

public sealed class PortalCulturesTests
{
    [Theory]
    [InlineData(PortalCultures.English)]
    [InlineData(PortalCultures.Spanish)]
    public void Money_is_shown_in_dollars_in_both_languages(string cultureName) =>
        Assert.Equal("$1,234.50", 1234.5m.ToString("C", CultureInfo.GetCultureInfo(cultureName)));

    [Fact]
    public void Spanish_dates_are_written_in_Spanish() =>
        Assert.Equal("domingo, 1 de marzo de 2026", new DateOnly(2026, 3, 1).ToString("D", CultureInfo.GetCultureInfo(PortalCultures.Spanish)));

    [Theory]
    [InlineData("es-us", PortalCultures.Spanish)]
    [InlineData("EN-US", PortalCultures.English)]
    [InlineData("fr-FR", null)]
    [InlineData("es", null)]
    [InlineData(null, null)]
    public void Only_the_supported_cultures_are_found(string? name, string? expected) =>
        Assert.Equal(expected, PortalCultures.Find(name)?.Name);

    [Fact]
    public void The_switch_offers_the_other_language()
    {
        Assert.Equal(PortalCultures.Spanish, PortalCultures.Alternative(CultureInfo.GetCultureInfo("en-US")).Name);
        Assert.Equal(PortalCultures.English, PortalCultures.Alternative(CultureInfo.GetCultureInfo("es-US")).Name);
    }
}
