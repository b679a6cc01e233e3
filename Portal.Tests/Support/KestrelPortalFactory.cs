using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Portal.Tests.Support;

/// <summary>
/// The real app on a real Kestrel server at a free loopback port, for the browser. .NET 9's factory has no
/// UseKestrel(), so a second host is built with Kestrel beside the factory's TestServer host (see STACK.md).
/// The browser talks to the Kestrel host: use <see cref="KestrelServices"/> to reach the services it runs on.
/// </summary>
public sealed class KestrelPortalFactory(bool seed = true, PostgresDatabase? postgres = null) : PortalAppFactory(seed, postgres: postgres)
{
    private IHost? kestrelHost;

    /// <summary>A clock the test moves, for expiry rules seen through the browser; the system clock when null.</summary>
    public ManualTimeProvider? Clock { get; init; }

    /// <summary>Services a test puts in place of the app's (after the app registered its own), on both hosts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public Uri ServerAddress
    {
        get
        {
            EnsureStarted();
            return new Uri(kestrelHost!.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }
    }

    public IServiceProvider KestrelServices
    {
        get
        {
            EnsureStarted();
            return kestrelHost!.Services;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Clock is not null) builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var testHost = builder.Build();
        builder.ConfigureWebHost(web => web.UseKestrel().UseUrls("http://127.0.0.1:0"));
        kestrelHost = builder.Build();
        kestrelHost.Start();
        testHost.Start();
        return testHost;
    }

    /// <summary>Stops the Kestrel host, as an instance of a cluster goes down: its circuits end, its port refuses.</summary>
    public Task StopServerAsync() => kestrelHost?.StopAsync() ?? Task.CompletedTask;

    private void EnsureStarted() => _ = Server; // creating the server runs CreateHost

    protected override void Dispose(bool disposing)
    {
        if (disposing) kestrelHost?.Dispose();
        base.Dispose(disposing);
    }
}
