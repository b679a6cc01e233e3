using Bunit;
using Portal.App.Features.CaseRecords;
using Portal.App.Features.Dashboard;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Dashboard;

/// <summary>
/// The headline figures at the top of a live dashboard, computed from the hand-worked <see cref="DashboardCases"/>
/// (clock at 2026-11-22 in Arizona), for each kind of viewer; and what a live update marks.
/// </summary>
public sealed class DashboardHeadlineTests : BunitContext, IClassFixture<DashboardTestPortal>
{
    private readonly DashboardTestPortal portal;

    public DashboardHeadlineTests(DashboardTestPortal portal)
    {
        this.portal = portal;
        this.AddDashboardServicesOf(portal);
    }

    [Fact]
    public void The_receiving_parent_sees_the_last_payment_and_what_came_in_this_year_without_the_reversed_payment()
    {
        using var culture = CultureScope.English();

        var dashboard = Open(DashboardCases.Arrears, DashboardCases.Parent);

        Assert.Equal("At a glance", dashboard.Find(".case-dashboard__cards > section:first-child h2").TextContent);
        Assert.Equal(["Last payment received", "Received in 2026"], DashboardFigure.Labels(dashboard, ".case-headline"));
        Assert.Equal("$200.00 on Nov 3, 2026", DashboardFigure.Of(dashboard, "Last payment received"));
        // $500 (Aug 5) + $300 (Sep 10) + $200 (Nov 3); the $500 of Oct 2 was reversed.
        Assert.Equal("$1,000.00", DashboardFigure.Of(dashboard, "Received in 2026"));
    }

    [Fact]
    public void The_paying_parent_sees_the_amount_due_now_and_the_next_due_date()
    {
        using var culture = CultureScope.English();

        var dashboard = Open(DashboardCases.Arrears, DashboardCases.OtherParent);

        Assert.Equal(["Amount due now", "Next payment due"], DashboardFigure.Labels(dashboard, ".case-headline"));
        // November's unpaid $300 and $700 of arrears.
        Assert.Equal("$1,000.00", DashboardFigure.Of(dashboard, "Amount due now"));
        Assert.Equal("$500.00 on Dec 1, 2026", DashboardFigure.Of(dashboard, "Next payment due"));
    }

    [Fact]
    public void A_paying_parent_who_paid_ahead_owes_nothing_now_and_reads_paid_ahead_in_both_languages()
    {
        using (CultureScope.English())
        {
            var dashboard = Open(DashboardCases.Credit, DashboardCases.Parent);

            Assert.Equal("$0.00", DashboardFigure.Of(dashboard, "Amount due now"));
            Assert.Equal("$150.00", DashboardFigure.Of(dashboard, "Paid ahead"));
        }
        using (CultureScope.Spanish())
        {
            var dashboard = Open(DashboardCases.Credit, DashboardCases.Parent);

            Assert.Equal("$0.00", DashboardFigure.Of(dashboard, "Cantidad que debe ahora"));
            Assert.Equal("$150.00", DashboardFigure.Of(dashboard, "Pagado por adelantado"));
        }
    }

    [Fact]
    public void A_caseworker_sees_both_parents_figures()
    {
        using var culture = CultureScope.English();

        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, DashboardCases.Arrears).Add(c => c.ViewerIsStaff, true));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));

        Assert.Equal("$200.00 on Nov 3, 2026", DashboardFigure.Of(dashboard, "Last payment received"));
        Assert.Equal("$1,000.00", DashboardFigure.Of(dashboard, "Received in 2026"));
        Assert.Equal("$1,000.00", DashboardFigure.Of(dashboard, "Owed now by the paying parent"));
        Assert.Equal("$500.00 on Dec 1, 2026", DashboardFigure.Of(dashboard, "Next installment due"));
    }

    [Fact]
    public async Task A_live_payment_marks_the_new_row_and_the_figures_it_changed_and_nothing_else()
    {
        using var culture = CultureScope.English();
        var dashboard = Open(DashboardCases.Many, DashboardCases.Stranger);
        Assert.Equal("$0.00", DashboardFigure.Of(dashboard, "Received in 2026"));
        Assert.Empty(dashboard.FindAll(".is-updated, .is-new"));

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Many.Digits, "H-0001", new DateOnly(2026, 11, 22), 40m, PaymentSource.DirectPayment));

        dashboard.WaitForAssertion(() => Assert.Equal("$40.00", DashboardFigure.Of(dashboard, "Received in 2026")));
        Assert.Equal("$40.00 on Nov 22, 2026", DashboardFigure.Of(dashboard, "Last payment received"));
        // The payment went to November's installment: the monthly amount and the arrears did not change, and are not marked.
        Assert.Equal(["last-payment", "received-this-year"], dashboard.FindAll(".is-updated").Select(e => e.GetAttribute("data-testid")));
        var newRow = Assert.Single(dashboard.FindAll(".is-new"));
        Assert.Equal("TR", newRow.TagName);
        Assert.Contains("H-0001", newRow.TextContent, StringComparison.Ordinal);
        Assert.Empty(dashboard.FindAll("section.is-updated, dl.is-updated, section.is-new"));
        // The marks' words ("New", "Updated": CSS generated content, not colour alone).
        Assert.Contains("--mark-new:'New';--mark-updated:'Updated'", dashboard.Find(".case-dashboard").GetAttribute("style"), StringComparison.Ordinal);
    }

    private IRenderedComponent<CaseDashboard> Open(Portal.Domain.Cases.CaseNumber caseNumber, string viewer)
    {
        var dashboard = Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, caseNumber).Add(c => c.ViewerPersonId, viewer));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));
        return dashboard;
    }
}
