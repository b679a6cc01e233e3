using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Platform.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Diagnostics;

/// <summary>The /_perf endpoints of the load harness exist only when configured, and then only for loopback callers.</summary>
public sealed class PerfEndpointsTests(PerfPortals portals) : IClassFixture<PerfPortals>
{
    private readonly PortalAppFactory off = portals.Off;
    private readonly PortalAppFactory on = portals.On;

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

    [Fact]
    public async Task Recording_a_payment_is_answered_as_an_unknown_address_unless_configured()
    {
        using var client = From(off, IPAddress.Loopback);

        var response = await client.PostAsJsonAsync("/_perf/payments", new PerfPaymentRequest(DemoCase, "PERFTEST1", 12.34m));

        // A POST to any address that does not exist gets the same answer (the not-found page refuses a POST).
        var unknown = await client.PostAsJsonAsync("/_perf/no-such-endpoint", new PerfPaymentRequest(DemoCase, "PERFTEST1", 12.34m));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(unknown.StatusCode, response.StatusCode);
    }

    [Fact]
    public async Task A_payment_posted_from_loopback_is_recorded_with_the_server_times()
    {
        using var client = From(on, IPAddress.Loopback);

        var response = await client.PostAsJsonAsync("/_perf/payments", new PerfPaymentRequest(DemoCase, "PERFTEST2", 12.34m));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<PerfPaymentReceipt>();
        Assert.NotNull(receipt);
        Assert.Equal("Recorded", receipt.Outcome);
        Assert.True(receipt.RecordedAtUnixMs >= receipt.ReceivedAtUnixMs);
        Assert.True(receipt.CompiledMethods > 0, "the harness warms up until the JIT is quiet, by this count");
        var again = await client.PostAsJsonAsync("/_perf/payments", new PerfPaymentRequest(DemoCase, "PERFTEST2", 12.34m));
        Assert.Equal("Duplicate", (await again.Content.ReadFromJsonAsync<PerfPaymentReceipt>())!.Outcome);
    }

    [Fact]
    public async Task A_payment_posted_from_another_address_is_refused_as_an_unknown_address()
    {
        using var client = From(on, IPAddress.Parse("198.51.100.4"));
        using var loopback = From(on, IPAddress.Loopback);

        var response = await client.PostAsJsonAsync("/_perf/payments", new PerfPaymentRequest(DemoCase, "PERFTEST3", 12.34m));

        var unknown = await client.PostAsJsonAsync("/_perf/no-such-endpoint", new PerfPaymentRequest(DemoCase, "PERFTEST3", 12.34m));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(unknown.StatusCode, response.StatusCode);
        // Nothing was recorded: the same receipt number is still new from loopback.
        var recorded = await loopback.PostAsJsonAsync("/_perf/payments", new PerfPaymentRequest(DemoCase, "PERFTEST3", 12.34m));
        Assert.Equal("Recorded", (await recorded.Content.ReadFromJsonAsync<PerfPaymentReceipt>())!.Outcome);
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

    private const string DemoCase = "8060961680";

    private static HttpClient From(PortalAppFactory portal, IPAddress address) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(address))))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
