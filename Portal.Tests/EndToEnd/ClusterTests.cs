using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The cluster as a parent meets it: two instances on one PostgreSQL database behind nginx, run by
/// deploy/local-cluster.sh with the sample configuration (deploy/nginx/portal.conf). In the PostgreSQL leg.
/// </summary>
[Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
public sealed class ClusterTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [PostgresFact]
    public async Task A_payment_recorded_on_the_other_instance_shows_within_a_second_and_when_the_parents_instance_stops_the_page_reloads_from_the_other()
    {
        using var database = PostgresDatabase.Create();
        using var first = new KestrelPortalFactory(seed: false, postgres: database);
        using var second = new KestrelPortalFactory(seed: false, postgres: database);
        // Either instance's outbox may send the sign-in code: both write to one folder.
        second.Settings["Email:Pickup:Folder"] = first.MailFolder;
        foreach (var instance in new[] { first, second }) instance.Settings["ReverseProxy:KnownProxies:0"] = "127.0.0.1";
        await using (var db = await first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        await TestAccounts.CreateActivatedAsync(first.Services, "mateo.parent", personId: DashboardCases.OtherParent);
        await using var nginx = await Nginx.StartAsync(first.ServerAddress, second.ServerAddress);

        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = nginx.Address.ToString(),
            ViewportSize = new ViewportSize { Width = PortalSite.PhoneWidth, Height = 800 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.SignInAsync(first, "mateo.parent", TestAccounts.Password);
        await OpenDashboardAsync(page);

        // The instance nginx keeps this browser on is the one following its dashboard.
        var (parents, other) = await WhoHoldsTheDashboardAsync(first, second);
        var receipt = "CL" + Guid.NewGuid().ToString("N")[..10];
        var recorded = Stopwatch.StartNew();
        var outcome = await other.KestrelServices.GetRequiredService<CaseRecordWriter>()
            .RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, receipt, ArizonaTime.Today(TimeProvider.System), 75m, PaymentSource.DirectPayment));
        Assert.IsType<RecordResult.Recorded>(outcome);
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 1_000 });
        Assert.True(recorded.Elapsed < TimeSpan.FromSeconds(1), $"The payment took {recorded.Elapsed.TotalMilliseconds:F0} ms to show.");

        // The parent's instance goes down: the browser reaches the other through nginx, which has no circuit of this
        // page; reloading shows the case from there, signed in, with the payment.
        await parents.StopServerAsync();
        var dialog = page.ReconnectDialog();
        var reload = dialog.GetByRole(AriaRole.Button, new() { Name = "Reload page" });
        await Assertions.Expect(reload).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await reload.ClickAsync();
        await OpenDashboardAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt })).ToBeVisibleAsync();
        Assert.Equal(1, other.KestrelServices.GetRequiredService<CaseDashboardFeed>().DashboardCount(DashboardCases.Arrears));
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    private static async Task OpenDashboardAsync(IPage page)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "My case" })).ToBeVisibleAsync();
        var digits = DashboardCases.Arrears.Digits;
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync($"{digits[..3]}-{digits[3..6]}-{digits[6..]}");
        await page.Locator(".case-dashboard[data-live='true']").WaitForAsync();
    }

    private static async Task<(KestrelPortalFactory Parents, KestrelPortalFactory Other)> WhoHoldsTheDashboardAsync(KestrelPortalFactory first, KestrelPortalFactory second)
    {
        static int Count(KestrelPortalFactory instance) => instance.KestrelServices.GetRequiredService<CaseDashboardFeed>().DashboardCount(DashboardCases.Arrears);
        for (var tries = 0; Count(first) + Count(second) == 0 && tries < 100; tries++) await Task.Delay(50);
        Assert.Equal(1, Count(first) + Count(second));
        return Count(first) == 1 ? (first, second) : (second, first);
    }

    /// <summary>nginx in front of the instances, started by deploy/local-cluster.sh on a free port; stopped on dispose.</summary>
    private sealed class Nginx : IAsyncDisposable
    {
        private readonly Process process;

        private Nginx(Process process, Uri address)
        {
            this.process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<Nginx> StartAsync(params Uri[] instances)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "deploy", "local-cluster.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "nginx", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(instances.Select(i => i.Authority))) start.ArgumentList.Add(argument);
            var process = Process.Start(start)!;
            var nginx = new Nginx(process, new Uri($"http://127.0.0.1:{port}/"));
            for (var tries = 0; ; tries++)
            {
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", port);
                    return nginx;
                }
                catch (SocketException) when (tries < 100 && !process.HasExited)
                {
                    await Task.Delay(100);
                }
                catch (SocketException)
                {
                    var errors = process.HasExited ? await process.StandardError.ReadToEndAsync() : "";
                    await nginx.DisposeAsync();
                    throw new InvalidOperationException($"nginx did not start: {errors}");
                }
            }
        }

        // TERM, so the script stops nginx and removes its folder.
        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                using var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await term.WaitForExitAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
