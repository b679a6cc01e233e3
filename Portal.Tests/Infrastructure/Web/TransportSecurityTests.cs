using Microsoft.AspNetCore.Mvc.Testing;
using Portal.App.Infrastructure.Web;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Web;

/// <summary>HSTS, the circuit's connect-src and the cookies' flags, as a browser receives them in Production and in Development.</summary>
public sealed class TransportSecurityTests : IDisposable
{
    private static readonly Uri PublicAddress = new("https://portal.dcss.example.gov");

    private readonly PortalAppFactory production = new(environment: "Production");
    private readonly PortalAppFactory development = new();

    [Fact]
    public async Task Production_tells_browsers_to_use_https_for_a_year_on_every_subdomain()
    {
        var response = await Client(production).GetAsync("/");

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        var response = await development.CreateClient().GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void An_hsts_lifetime_shorter_than_a_year_stops_the_start_up()
    {
        var error = StartupValidation.Check(builder => builder.AddSecurityHeaders(), new Dictionary<string, string?> { ["Hsts:MaxAge"] = "30.00:00:00" });

        Assert.NotNull(error);
        Assert.Contains("Hsts:MaxAge", error.Message);
    }

    [Fact]
    public async Task Pages_may_open_sockets_only_to_the_portals_own_host()
    {
        var secure = await Client(production).GetAsync("/");
        var plain = await development.CreateClient().GetAsync("/");

        Assert.Equal(["'self'", "wss://portal.dcss.example.gov"], ConnectSources(secure));
        Assert.Equal(["'self'", "ws://localhost"], ConnectSources(plain));
    }

    [Fact]
    public async Task Production_marks_the_antiforgery_cookie_secure_and_development_over_http_does_not()
    {
        var secure = await Client(production).GetAsync("/signin");
        var plain = await development.CreateClient().GetAsync("/signin");

        Assert.Contains("secure", AntiforgeryCookie(secure), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", AntiforgeryCookie(plain), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Production_names_the_session_cookie_with_the_host_prefix_secure_for_the_whole_site_and_no_domain()
    {
        var session = await SignInAsync(production, Client(production));

        Assert.StartsWith("__Host-portal.session=", session, StringComparison.Ordinal);
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/;", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Development_over_http_keeps_the_plain_session_cookie_name_a_browser_accepts_there()
    {
        var session = await SignInAsync(development, development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        Assert.StartsWith("portal.session=", session, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        production.Dispose();
        development.Dispose();
    }

    private static HttpClient Client(PortalAppFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = PublicAddress, AllowAutoRedirect = false });

    private static string[] ConnectSources(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single().Split(';', StringSplitOptions.TrimEntries)
            .Single(d => d.StartsWith("connect-src ", StringComparison.Ordinal))["connect-src ".Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));

    private static async Task<string> SignInAsync(PortalAppFactory portal, HttpClient client)
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent");
        return SignedInClient.SessionSetCookieIn(await SignedInClient.SignInAsync(client, portal, "maria.parent", TestAccounts.Password));
    }
}
