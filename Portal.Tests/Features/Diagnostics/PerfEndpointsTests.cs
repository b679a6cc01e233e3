using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Diagnostics;

/// <summary>The /_perf endpoints of the load harness exist only when configured, and then only for loopback callers.</summary>
public sealed class PerfEndpointsTests : IDisposable
{
    private readonly PortalAppFactory off = new();
    private readonly PortalAppFactory on = new() { Settings = { ["Diagnostics:PerfEndpoints"] = "true" } };

    [Fact]
    public async Task Perf_endpoints_do_not_exist_unless_configured()
    {
        using var client = From(off, IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_perf/heap")).StatusCode);
    }

    [Fact]
    public async Task Heap_reading_answers_a_loopback_caller_when_configured()
    {
        using var client = From(on, IPAddress.Loopback);

        var response = await client.GetAsync("/_perf/heap");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("totalMemoryBytes").GetInt64() > 0);
        Assert.Equal(0, body.RootElement.GetProperty("openCircuits").GetInt32());
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.1.2.3")]
    [InlineData("::ffff:192.168.1.20")]
    public async Task Perf_endpoints_refuse_a_caller_that_is_not_loopback(string address)
    {
        using var client = From(on, IPAddress.Parse(address));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_perf/heap")).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("2001:db8::1", false)]
    public void Loopback_is_127_slash_8_and_ipv6_loopback_only(string address, bool loopback) =>
        Assert.Equal(loopback, PerfEndpoints.IsLoopback(IPAddress.Parse(address)));

    [Fact]
    public void No_client_address_is_not_loopback() => Assert.False(PerfEndpoints.IsLoopback(null));

    private static HttpClient From(PortalAppFactory portal, IPAddress address) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(address))))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void Dispose()
    {
        off.Dispose();
        on.Dispose();
    }
}
