using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Platform.Localization;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Localization;

public sealed class LanguageSwitchTests : BunitContext
{
    public LanguageSwitchTests() => this.AddPortalTestServices();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void In_English_it_offers_Spanish_and_comes_back_to_the_current_page()
    {
        using var culture = CultureScope.English();
        Navigation.NavigateTo("/faq?topic=pin#answers");

        var link = Render<LanguageSwitch>().Find("a");

        Assert.Equal("Español", link.AccessibleText());
        Assert.Equal("es", link.GetAttribute("lang"));
        Assert.Equal("es", link.GetAttribute("hreflang"));
        Assert.Equal("/culture/es-US?returnUrl=%2Ffaq%3Ftopic%3Dpin", link.GetAttribute("href"));
    }

    [Fact]
    public void In_Spanish_it_offers_English()
    {
        using var culture = CultureScope.Spanish();
        Navigation.NavigateTo("/");

        var link = Render<LanguageSwitch>().Find("a");

        Assert.Equal("English", link.AccessibleText());
        Assert.Equal("en", link.GetAttribute("lang"));
        Assert.Equal("/culture/en-US?returnUrl=%2F", link.GetAttribute("href"));
    }

    [Fact]
    public void It_is_a_full_page_load_so_the_server_sets_the_cookie()
    {
        using var culture = CultureScope.English();

        var link = Render<LanguageSwitch>().Find("a");

        Assert.Equal("false", link.GetAttribute("data-enhance-nav"));
    }
}
