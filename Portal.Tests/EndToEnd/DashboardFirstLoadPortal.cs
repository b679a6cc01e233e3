using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A server of its own for <see cref="DashboardFirstLoadTests"/>: the hand-made <see cref="DashboardCases"/>, which no
/// other browser test opens (so no dashboard of theirs is open and the feed holds no copy of its own), a parent signed in
/// by a cookie, and a log of the SQL it runs.
/// </summary>
public sealed class DashboardFirstLoadPortal : IDisposable
{
    public DashboardFirstLoadPortal()
    {
        Factory = new KestrelPortalFactory(seed: false)
        {
            TestServices = services =>
            {
                TestParentAuthenticationHandler.UseAsDefault(services);
                services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(Sql));
            },
        };
        using var db = Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        DashboardCases.AddAsync(db).GetAwaiter().GetResult();
    }

    public KestrelPortalFactory Factory { get; }

    public SqlCommandLog Sql { get; } = new();

    /// <summary>A browser page signed in as <see cref="DashboardCases.Parent"/>, on the Arrears and Credit cases.</summary>
    public async Task<BrowserSession> OpenAsParentAsync(BrowserFixture browser)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Factory.ServerAddress.ToString(), Locale = "en-US" });
        await context.AddCookiesAsync([new Cookie { Name = TestParentAuthenticationHandler.PersonIdCookie, Value = DashboardCases.Parent, Url = Factory.ServerAddress.ToString() }]);
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public void Dispose() => Factory.Dispose();
}
