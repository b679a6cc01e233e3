using Bunit;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

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

    // Arrears: paid $500 (Aug 5), $300 (Sep 10) and $200 (Nov 3) this year; the $500 of Oct 2 was reversed. Owed now:
    // November's unpaid $300 and $700 of arrears. Next: $500 on Dec 1.
    [Theory]
    [InlineData(DashboardCases.Parent, false, new[] { "Last payment received", "$200.00 on Nov 3, 2026", "Received in 2026", "$1,000.00" })]
    [InlineData(DashboardCases.OtherParent, false, new[] { "Amount due now", "$1,000.00", "Next payment due", "$500.00 on Dec 1, 2026" })]
    [InlineData(null, true, new[] { "Last payment received", "$200.00 on Nov 3, 2026", "Received in 2026", "$1,000.00", "Owed now by the paying parent", "$1,000.00", "Next installment due", "$500.00 on Dec 1, 2026" })]
    public void The_headline_comes_first_with_the_figures_that_matter_to_whoever_reads_it(string? viewer, bool staff, string[] figures)
    {
        using var culture = CultureScope.English();

        var dashboard = this.OpenLiveDashboard(DashboardCases.Arrears, viewer, staff);

        Assert.Equal("At a glance", dashboard.Find(".case-dashboard__cards > section:first-child h2").TextContent);
        Assert.Equal(figures, DashboardFigure.Pairs(dashboard, ".case-headline"));
    }

    [Fact]
    public void A_paying_parent_who_paid_ahead_owes_nothing_now_and_reads_paid_ahead_in_both_languages()
    {
        using (CultureScope.English())
        {
            var dashboard = this.OpenLiveDashboard(DashboardCases.Credit, DashboardCases.Parent);

            Assert.Equal("$0.00", DashboardFigure.Of(dashboard, "Amount due now"));
            Assert.Equal("$150.00", DashboardFigure.Of(dashboard, "Paid ahead"));
        }
        using (CultureScope.Spanish())
        {
            var dashboard = this.OpenLiveDashboard(DashboardCases.Credit, DashboardCases.Parent);

            Assert.Equal("$0.00", DashboardFigure.Of(dashboard, "Cantidad que debe ahora"));
            Assert.Equal("$150.00", DashboardFigure.Of(dashboard, "Pagado por adelantado"));
        }
    }

    [Fact]
    public async Task A_live_payment_marks_the_new_row_and_the_figures_it_changed_and_nothing_else()
    {
        using var culture = CultureScope.English();
        var dashboard = this.OpenLiveDashboard(DashboardCases.Many, DashboardCases.Stranger);
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
}
