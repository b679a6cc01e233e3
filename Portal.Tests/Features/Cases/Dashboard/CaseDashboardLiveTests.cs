using Microsoft.AspNetCore.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>A dashboard follows its case live: new records appear, figures recompute, the change is announced.</summary>
public sealed class CaseDashboardLiveTests : BunitContext, IClassFixture<DashboardTestPortal>
{
    private readonly DashboardTestPortal portal;

    public CaseDashboardLiveTests(DashboardTestPortal portal)
    {
        this.portal = portal;
        this.AddDashboardServicesOf(portal);
    }

    [Fact]
    public async Task A_payment_recorded_while_open_appears_recomputes_the_figures_and_is_announced()
    {
        using var culture = CultureScope.English();
        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Arrears).Add(c => c.ViewerPersonId, DashboardCases.Parent));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));
        Assert.Equal("$700.00", dashboard.Find("[data-testid=arrears]").TextContent);

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "L-0001", new DateOnly(2026, 11, 22), 250m, PaymentSource.DirectPayment));

        dashboard.WaitForAssertion(() => Assert.Equal("Payment of $250.00 received on November 22", dashboard.Find("[data-testid=live-announcement]").TextContent));
        // $1,000 owed less $250: November's $300 is now $50, arrears stay $700 (payments go to the current month first).
        Assert.Equal("$250.00 on Nov 22, 2026", dashboard.Find("[data-testid=last-payment]").TextContent.Trim());
        Assert.Contains("L-0001", dashboard.Find("tbody tr.is-new").TextContent, StringComparison.Ordinal);
        Assert.Equal("Payments: 5. Total: $1,250.00", dashboard.Find("[data-testid=payment-totals]").TextContent.Trim());
    }

    [Fact]
    public void A_prerendered_dashboard_shows_the_case_and_follows_nothing()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        using var culture = CultureScope.English();

        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Credit).Add(c => c.ViewerPersonId, DashboardCases.Parent));

        dashboard.WaitForAssertion(() => Assert.Equal("false", dashboard.Find(".case-dashboard").GetAttribute("data-live")));
        Assert.Equal(0, portal.Get<CaseDashboardFeed>().DashboardCount(DashboardCases.Credit));
    }

    [Fact]
    public async Task Records_published_from_a_thread_of_another_language_are_shown_and_announced_in_the_viewers_language()
    {
        using var culture = CultureScope.Spanish();
        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Many));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));

        // Records arrive from a background service, in no particular language.
        using (new CultureScope(""))
        {
            await portal.Writer.RecordCaseActionAsync(new NewCaseAction(DashboardCases.Many.Digits, "L-A-0001", new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(-7)), CaseActionType.HearingScheduled, "Hearing."));
            await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Many.Digits, "L-0002", new DateOnly(2026, 11, 22), 1250m, PaymentSource.DirectPayment));
        }

        dashboard.WaitForAssertion(() => Assert.Equal("Pago de $1,250.00 recibido el 22 de noviembre", dashboard.Find("[data-testid=live-announcement]").TextContent));
        Assert.Contains("Se programó una audiencia en el tribunal", dashboard.Find(".recent-actions__list li").TextContent, StringComparison.Ordinal);
        Assert.Contains("$1,250.00 el 22 nov 2026", dashboard.Find("[data-testid=last-payment]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_case_action_is_announced_to_the_parent_as_their_case_and_to_a_caseworker_as_this_case()
    {
        using var culture = CultureScope.English();
        var parentView = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Many));
        var staffView = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Many).Add(c => c.ViewerIsStaff, true));
        parentView.WaitForAssertion(() => Assert.Equal("true", parentView.Find(".case-dashboard").GetAttribute("data-live")));
        staffView.WaitForAssertion(() => Assert.Equal("true", staffView.Find(".case-dashboard").GetAttribute("data-live")));

        // Dated before the other tests' records of this case (opened 2026-07-20), so it is not the newest action they look at.
        var outcome = await portal.Writer.RecordCaseActionAsync(new NewCaseAction(DashboardCases.Many.Digits, "L-A-0002", new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.ReviewScheduled, "Review."));
        Assert.IsType<RecordResult.Recorded>(outcome);

        parentView.WaitForAssertion(() => Assert.StartsWith("New on your case: ", parentView.Find("[data-testid=live-announcement]").TextContent, StringComparison.Ordinal));
        staffView.WaitForAssertion(() => Assert.StartsWith("New on this case: ", staffView.Find("[data-testid=live-announcement]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Updates_of_another_case_change_nothing()
    {
        using var culture = CultureScope.English();
        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Arrears).Add(c => c.ViewerPersonId, DashboardCases.Parent));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));
        var before = dashboard.Markup;
        var delivered = DeliveredTo(DashboardCases.Credit, out var probe);

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Credit.Digits, "L-0101", new DateOnly(2026, 11, 22), 20m, PaymentSource.DirectPayment));
        await delivered.WaitAsync(TimeSpan.FromSeconds(30));
        probe.Dispose();

        Assert.Equal(before, dashboard.Markup);
    }

    [Fact]
    public async Task While_the_browser_is_disconnected_updates_wait_and_render_once_it_is_back()
    {
        using var culture = CultureScope.English();
        var connection = Services.GetRequiredService<DashboardCircuitConnection>();
        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Many));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));
        await connection.OnConnectionDownAsync(null!, CancellationToken.None);
        var before = dashboard.Markup;
        // Subscribed after the dashboard: once it has the update, the dashboard has had it too.
        var delivered = DeliveredTo(DashboardCases.Many, out var probe);

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Many.Digits, "L-0301", new DateOnly(2026, 11, 22), 61m, PaymentSource.DirectPayment));
        await delivered.WaitAsync(TimeSpan.FromSeconds(30));
        probe.Dispose();
        Assert.Equal(before, dashboard.Markup);

        await connection.OnConnectionUpAsync(null!, CancellationToken.None);

        dashboard.WaitForAssertion(() => Assert.Equal("Payment of $61.00 received on November 22", dashboard.Find("[data-testid=live-announcement]").TextContent));
    }

    [Fact]
    public async Task Closing_the_dashboard_ends_its_subscription()
    {
        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Credit));
        dashboard.WaitForAssertion(() => Assert.Equal(1, portal.Get<CaseDashboardFeed>().DashboardCount(DashboardCases.Credit)));

        await DisposeComponentsAsync();

        Assert.Equal(0, portal.Get<CaseDashboardFeed>().DashboardCount(DashboardCases.Credit));
        Assert.Equal(0, portal.Notifier.SubscriberCount(DashboardCases.Credit));
    }

    [Fact]
    public void A_case_that_does_not_exist_shows_case_not_found_and_subscribes_to_nothing()
    {
        using var culture = CultureScope.English();

        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Nonexistent));

        dashboard.WaitForAssertion(() => Assert.Contains("Case not found", dashboard.Markup, StringComparison.Ordinal));
        Assert.Equal(0, portal.Notifier.SubscriberCount(DashboardCases.Nonexistent));
    }

    /// <summary>Completes when the feed has handed a case's next update to its dashboards (they are delivered in order of subscription).</summary>
    private Task DeliveredTo(CaseNumber caseNumber, out IDisposable probe)
    {
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        probe = portal.Get<CaseDashboardFeed>().Subscribe(caseNumber, _ => { delivered.TrySetResult(); return Task.CompletedTask; });
        return delivered.Task;
    }
}
