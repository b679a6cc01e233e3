using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tests.Platform.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Behind a reverse proxy the portal sees the browser's address only when the proxy is configured: the loopback-only
/// /_perf endpoints show which address a request counts as coming from.
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private const string Browser = "203.0.113.7";
    private readonly PortalAppFactory portal = new() { Settings = { ["Diagnostics:PerfEndpoints"] = "true" } };

    [Fact]
    public async Task Forwarded_headers_are_ignored_when_no_proxy_is_configured()
    {
        using var client = From(IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.OK, await HeapStatusAsync(client, forwardedFor: Browser));
    }

    [Fact]
    public async Task A_configured_proxy_forwards_the_browser_address()
    {
        using var client = From(IPAddress.Loopback, ("ReverseProxy:KnownProxies:0", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.NotFound, await HeapStatusAsync(client, forwardedFor: Browser));
        Assert.Equal(HttpStatusCode.OK, await HeapStatusAsync(client, forwardedFor: null));
    }

    [Fact]
    public async Task A_caller_that_is_not_a_configured_proxy_cannot_choose_its_address()
    {
        using var client = From(IPAddress.Parse("10.0.0.9"), ("ReverseProxy:KnownProxies:0", "10.0.0.5"));

        Assert.Equal(HttpStatusCode.NotFound, await HeapStatusAsync(client, forwardedFor: "127.0.0.1"));
    }

    [Fact]
    public async Task A_proxy_in_a_configured_network_forwards_the_browser_address()
    {
        using var client = From(IPAddress.Parse("10.0.0.9"), ("ReverseProxy:KnownNetworks:0", "10.0.0.0/24"));

        Assert.Equal(HttpStatusCode.OK, await HeapStatusAsync(client, forwardedFor: "127.0.0.1"));
        Assert.Equal(HttpStatusCode.NotFound, await HeapStatusAsync(client, forwardedFor: null));
    }

    [Fact]
    public void A_proxy_entry_that_is_not_an_address_stops_the_start_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() => From(IPAddress.Loopback, ("ReverseProxy:KnownProxies:0", "proxy.example")));

        Assert.Contains("KnownProxies", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> HeapStatusAsync(HttpClient client, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_perf/heap");
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    private HttpClient From(IPAddress address, params (string Key, string Value)[] settings) =>
        portal.WithWebHostBuilder(builder =>
            {
                foreach (var (key, value) in settings) builder.UseSetting(key, value);
                builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(address)));
            })
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose() => portal.Dispose();
}
