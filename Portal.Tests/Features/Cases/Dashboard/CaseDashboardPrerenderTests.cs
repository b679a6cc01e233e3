using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Xunit.Abstractions;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>
/// A dashboard's circuit starts from the data its page was prerendered with (CaseDashboard persists it into the page)
/// when that is still current, and from the feed's shared copy when there is one. A load always makes a new instance, so
/// getting the very instance handed in means nothing was loaded.
/// </summary>
public sealed class CaseDashboardPrerenderTests(DashboardTestPortal portal, ITestOutputHelper output) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task The_prerendered_copy_is_taken_without_loading_the_case_again_and_shared_with_the_next_dashboard()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var prerendered = await PrerenderAsync(DashboardCases.Arrears);

        using var first = feed.Subscribe(DashboardCases.Arrears, _ => Task.CompletedTask);
        var shown = await feed.CurrentAsync(DashboardCases.Arrears, prerendered);
        // A second dashboard of the case, with its own prerendered copy: it shows the shared one, not a second copy.
        using var second = feed.Subscribe(DashboardCases.Arrears, _ => Task.CompletedTask);
        var secondShown = await feed.CurrentAsync(DashboardCases.Arrears, await PrerenderAsync(DashboardCases.Arrears));

        Assert.Same(prerendered, shown);
        Assert.Same(prerendered, secondShown);
    }

    [Fact]
    public async Task A_payment_recorded_between_the_prerender_and_the_subscription_is_not_lost()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var prerendered = await PrerenderAsync(DashboardCases.Many);

        // Nobody follows the case yet: the announcement reaches no dashboard.
        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Many.Digits, "F-0401", new DateOnly(2026, 11, 21), 75m, PaymentSource.DirectPayment));
        using var open = feed.Subscribe(DashboardCases.Many, _ => Task.CompletedTask);
        var shown = await feed.CurrentAsync(DashboardCases.Many, prerendered);

        Assert.NotSame(prerendered, shown);
        Assert.DoesNotContain(prerendered.FirstPaymentsPage.Rows, r => r.ReceiptNumber == "F-0401");
        Assert.Equal("F-0401", shown!.FirstPaymentsPage.Rows[0].ReceiptNumber);
    }

    [Fact]
    public async Task A_copy_prerendered_on_another_day_is_loaded_again_and_one_of_another_case_is_ignored()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var prerendered = await PrerenderAsync(DashboardCases.Credit);
        // The other tests here do not depend on the day.
        portal.Clock.Advance(TimeSpan.FromDays(1));

        using var open = feed.Subscribe(DashboardCases.Credit, _ => Task.CompletedTask);
        var shown = await feed.CurrentAsync(DashboardCases.Credit, prerendered);
        using var other = feed.Subscribe(DashboardCases.Empty, _ => Task.CompletedTask);
        var otherShown = await feed.CurrentAsync(DashboardCases.Empty, prerendered);

        Assert.NotSame(prerendered, shown);
        Assert.Equal(prerendered.Summary.AsOf.AddDays(1), shown!.Summary.AsOf);
        Assert.Equal(DashboardCases.Empty, otherShown!.CaseNumber);
    }

    [Fact]
    public async Task The_persisted_copy_reads_back_as_the_same_dashboard()
    {
        var data = (await portal.Dashboards.LoadAsync(DashboardCases.Arrears))!;

        var json = CaseDashboardDataSerializer.Persist(data);
        var restored = CaseDashboardDataSerializer.Restore(json);

        output.WriteLine($"Dashboard data of a case with {data.FirstPaymentsPage.TotalCount} payments and {data.RecentActions.Count} actions, persisted: {json.GetRawText().Length:N0} bytes of JSON");
        Assert.Equal(json.GetRawText(), CaseDashboardDataSerializer.Persist(restored).GetRawText());
        Assert.Equal(data.CaseNumber, restored.CaseNumber);
        Assert.Equal(data.Summary, restored.Summary);
        Assert.Equal(data.LastPayment, restored.LastPayment);
        Assert.Equal(data.Stamp, restored.Stamp);
        Assert.Equal(data.FirstPaymentsPage.Rows, restored.FirstPaymentsPage.Rows);
        Assert.Equal(data.RecentActions.Select(a => a.OccurredAtIso), restored.RecentActions.Select(a => a.OccurredAtIso));
    }

    /// <summary>What the circuit receives: the data the prerender loaded, persisted into the page and read back.</summary>
    private async Task<CaseDashboardData> PrerenderAsync(Portal.Domain.Cases.CaseNumber caseNumber)
    {
        var loaded = (await portal.Dashboards.LoadAsync(caseNumber))!;
        return CaseDashboardDataSerializer.Restore(CaseDashboardDataSerializer.Persist(loaded));
    }
}
