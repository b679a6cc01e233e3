using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.App.Components.Shared;
using Portal.App.Platform.Localization;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Localization;

/// <summary>Remembered lookups read exactly what the resource files say, in the language of the moment.</summary>
public sealed class CachingStringLocalizerFactoryTests
{
    private static readonly ResourceManagerStringLocalizerFactory Resources = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    private static IStringLocalizer Cached() => new CachingStringLocalizerFactory(Resources).Create(typeof(SiteText));

    [Fact]
    public void Each_language_gets_its_own_text_after_the_other_was_remembered()
    {
        var text = Cached();
        string english, spanish;
        using (CultureScope.English()) english = text["SiteName"];
        using (CultureScope.Spanish()) spanish = text["SiteName"];

        using (CultureScope.English()) Assert.Equal(Resources.Create(typeof(SiteText))["SiteName"].Value, english);
        using (CultureScope.Spanish()) Assert.Equal(Resources.Create(typeof(SiteText))["SiteName"].Value, spanish);
        Assert.NotEqual(english, spanish);
        using (CultureScope.English()) Assert.Equal(english, text["SiteName"]);
    }

    [Fact]
    public void Arguments_are_formatted_into_the_text_of_the_current_language()
    {
        using var culture = CultureScope.English();

        var title = Cached()["PageTitleFormat", "My case", "Portal"];

        Assert.Equal("My case - Portal", title.Value);
        Assert.False(title.ResourceNotFound);
    }

    [Fact]
    public void A_missing_key_says_so_and_shows_the_key()
    {
        using var culture = CultureScope.English();

        var missing = Cached()["NoSuchKey"];

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("NoSuchKey", missing.Value);
    }
}
