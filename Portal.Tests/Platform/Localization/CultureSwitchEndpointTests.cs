using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Platform.Localization;

namespace Portal.Tests.Platform.Localization;

public sealed class CultureSwitchEndpointTests
{
    private static (IResult Result, HttpContext Context) Switch(string name, string? returnUrl, bool https = false)
    {
        var context = new DefaultHttpContext();
        context.Request.IsHttps = https;
        var result = CultureSwitchEndpoint.Switch(name, returnUrl, context, NullLoggerFactory.Instance);
        return (result, context);
    }

    [Fact]
    public void Choosing_Spanish_remembers_it_for_a_year_and_returns_to_the_page()
    {
        var (result, context) = Switch("es-US", "/faq?topic=pin");

        Assert.Equal("/faq?topic=pin", Assert.IsType<RedirectHttpResult>(result).Url);
        var cookie = context.Response.Headers.SetCookie.ToString();
        Assert.StartsWith(".AspNetCore.Culture=c%3Des-US%7Cuic%3Des-US;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=31536000", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_HTTPS_the_cookie_is_secure()
    {
        var (_, context) = Switch("en-US", "/", https: true);

        Assert.Contains("secure", context.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData(null)]
    public void Never_redirects_off_the_site(string? returnUrl)
    {
        var (result, _) = Switch("es-US", returnUrl);

        Assert.Equal("/", Assert.IsType<RedirectHttpResult>(result).Url);
    }

    [Fact]
    public void A_language_the_portal_is_not_written_in_is_not_found_and_sets_no_cookie()
    {
        var (result, context) = Switch("fr-FR", "/faq");

        Assert.IsType<NotFound>(result);
        Assert.Equal(0, context.Response.Headers.SetCookie.Count);
    }
}
