using Microsoft.AspNetCore.Http;
using Portal.App.Platform.Localization;

namespace Portal.Tests.Platform.Localization;

public sealed class LanguageFamilyRequestCultureProviderTests
{
    private static async Task<string?> CultureFor(string acceptLanguage)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = acceptLanguage;
        var result = await new LanguageFamilyRequestCultureProvider().DetermineProviderCultureResult(context);
        return result?.Cultures.Single().Value;
    }

    [Theory]
    [InlineData("es-MX,es;q=0.9,en;q=0.8", "es-US")]
    [InlineData("es", "es-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR,en;q=0.5,es;q=0.4", "en-US")]
    [InlineData("en;q=0.3,es;q=0.9", "es-US")]
    public async Task Any_variety_of_a_language_gets_the_portals_culture_for_it(string acceptLanguage, string expected) =>
        Assert.Equal(expected, await CultureFor(acceptLanguage));

    [Fact]
    public async Task A_browser_with_neither_language_gets_the_default() =>
        Assert.Null(await CultureFor("fr-FR,de;q=0.8"));
}
