using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Records;
using Portal.Domain;
using Portal.Domain.Payments;
using Portal.Tests.Support;

using Portal.App.Features.Cases.Shared;

namespace Portal.Tests.EndToEnd;

/// <summary>Live circuits per account, as a parent with several tabs meets them.</summary>
[Collection(E2ESecondLane.Name)]
public sealed class CircuitLimitTests(BrowserFixture browser, SeededPortal portal)
{
    private const string DemoCase = "8060961680";

    [Fact]
    public async Task A_parent_with_several_dashboard_tabs_open_has_every_one_live()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        await session.Page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        var tabs = await OpenDashboardsAsync(session, 5);

        foreach (var tab in tabs) await tab.WaitForCircuitAsync();
        await RecordPaymentSeenOnAsync(portal.Factory, tabs);
    }

    [Fact]
    public async Task A_tab_beyond_the_accounts_limit_gets_no_circuit_and_the_others_stay_live()
    {
        using var limited = new KestrelPortalFactory { Settings = { ["Circuits:MaxPerAccount"] = "2" } };
        await using var session = await browser.OpenAsync(limited, "/");
        await session.Page.SignInAsync(limited, "eloisa.demo", "Saguaro#Blooms26");
        var live = await OpenDashboardsAsync(session, 2);
        foreach (var tab in live) await tab.WaitForCircuitAsync();

        var extra = await session.Context.NewPageAsync();
        var refusal = extra.WaitForResponseAsync(r => r.Url.Contains("/_blazor/negotiate", StringComparison.Ordinal) && r.Status == 429);
        await extra.GotoAsync("/dashboard");
        await refusal;

        await Assertions.Expect(extra.Locator("#circuit-status[data-interactive='true']")).ToHaveCountAsync(0);
        await RecordPaymentSeenOnAsync(limited, live);
    }

    private static async Task<List<IPage>> OpenDashboardsAsync(BrowserSession session, int count)
    {
        var tabs = new List<IPage>();
        for (var i = 0; i < count; i++)
        {
            var tab = i == 0 ? session.Page : await session.Context.NewPageAsync();
            if (!tab.Url.Contains("/dashboard", StringComparison.Ordinal)) await tab.GotoAsync("/dashboard");
            await Assertions.Expect(tab.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "My case" })).ToBeVisibleAsync();
            tabs.Add(tab);
        }
        return tabs;
    }

    // A payment recorded now reaches every live tab without a reload: proof each one's circuit works.
    private static async Task RecordPaymentSeenOnAsync(KestrelPortalFactory factory, IEnumerable<IPage> tabs)
    {
        var receipt = "E2E" + Guid.NewGuid().ToString("N")[..12];
        var outcome = await factory.KestrelServices.GetRequiredService<CaseRecordWriter>()
            .RecordPaymentAsync(new NewPayment(DemoCase, receipt, ArizonaTime.Today(TimeProvider.System), 75m, PaymentSource.DirectPayment));
        Assert.IsType<RecordResult.Recorded>(outcome);
        foreach (var tab in tabs) await Assertions.Expect(tab.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt })).ToBeVisibleAsync();
    }
}
