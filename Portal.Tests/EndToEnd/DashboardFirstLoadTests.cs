using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Shared;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A dashboard's circuit starts from the data its page was prerendered with (persisted in the page) instead of loading the
/// case again, unless a record arrived in between. The circuit's start is held (its negotiation waits) so the test knows
/// which SQL the prerender ran and which the circuit did: only a dashboard load reads "SupportOrders".
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class DashboardFirstLoadTests(BrowserFixture browser, DashboardFirstLoadPortal portal) : IClassFixture<DashboardFirstLoadPortal>
{
    [Fact]
    public async Task The_circuit_shows_the_prerendered_data_without_loading_the_case_again()
    {
        await using var session = await portal.OpenAsParentAsync(browser);
        var page = session.Page;

        var circuitCommands = await OpenHoldingTheCircuitAsync(page, DashboardCases.Arrears, betweenPrerenderAndCircuit: () => Task.CompletedTask);

        Assert.DoesNotContain(circuitCommands, IsDashboardLoad);
        // One small query to check the prerendered copy is still current.
        Assert.Single(circuitCommands, c => c.Contains("\"CaseActions\"", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(DashboardFormat.CaseNumberForReading(DashboardCases.Arrears));
    }

    [Fact]
    public async Task A_payment_recorded_between_the_prerender_and_the_circuit_is_shown()
    {
        await using var session = await portal.OpenAsParentAsync(browser);
        var page = session.Page;
        var receipt = "E2E-BETWEEN-" + Guid.NewGuid().ToString("N")[..8];

        // Recorded after the prerender, before the circuit subscribes to the case: its announcement reaches nobody.
        var circuitCommands = await OpenHoldingTheCircuitAsync(page, DashboardCases.Credit, () =>
            portal.Factory.KestrelServices.GetRequiredService<CaseRecordWriter>().RecordPaymentAsync(
                new NewPayment(DashboardCases.Credit.Digits, receipt, ArizonaTime.Today(TimeProvider.System), 42m, PaymentSource.DirectPayment)));

        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt })).ToBeVisibleAsync();
        // The prerendered copy was out of date: loaded once more.
        Assert.Single(circuitCommands, IsDashboardLoad);
    }

    private static bool IsDashboardLoad(string sql) => sql.Contains("\"SupportOrders\"", StringComparison.Ordinal);

    /// <summary>Opens a case's dashboard with the circuit's negotiation held until the prerender is done; returns the SQL of the circuit's start.</summary>
    private async Task<IReadOnlyList<string>> OpenHoldingTheCircuitAsync(IPage page, CaseNumber caseNumber, Func<Task> betweenPrerenderAndCircuit)
    {
        var circuitAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            circuitAsked.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync($"/dashboard?case={caseNumber.Digits}");
        await circuitAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assertions.Expect(page.Locator(".case-dashboard[data-live='false']")).ToBeVisibleAsync();
        await betweenPrerenderAndCircuit();

        var mark = portal.Sql.Count;
        release.SetResult();
        await page.Locator(".case-dashboard[data-live='true']").WaitForAsync();
        return portal.Sql.Since(mark);
    }
}
