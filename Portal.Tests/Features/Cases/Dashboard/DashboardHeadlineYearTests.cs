using Bunit;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>"Received in 2026" follows Arizona's calendar year (UTC-7 all year), not the server's: a class of its own, as it moves the clock.</summary>
public sealed class DashboardHeadlineYearTests : BunitContext, IClassFixture<DashboardTestPortal>
{
    private readonly DashboardTestPortal portal;

    public DashboardHeadlineYearTests(DashboardTestPortal portal)
    {
        this.portal = portal;
        this.AddDashboardServicesOf(portal);
    }

    [Fact]
    public async Task The_year_received_turns_at_midnight_in_Arizona_not_in_UTC()
    {
        using var culture = CultureScope.English();
        // 11:30 pm on Dec 31 in Phoenix: already Jan 1, 2027 in UTC.
        portal.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 6, 30, 0, TimeSpan.Zero));
        var recorded = await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "Y-1231", new DateOnly(2026, 12, 31), 50m, PaymentSource.DirectPayment));
        Assert.IsType<RecordResult.Recorded>(recorded);

        var lastEvening = this.OpenLiveDashboard(DashboardCases.Arrears, DashboardCases.Parent);

        // $500 + $300 + $200 earlier in the year, and $50 today (the reversed $500 does not count).
        Assert.Equal("$1,050.00", DashboardFigure.Of(lastEvening, "Received in 2026"));

        // 12:30 am on Jan 1 in Phoenix.
        portal.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 7, 30, 0, TimeSpan.Zero));
        var newYear = this.OpenLiveDashboard(DashboardCases.Arrears, DashboardCases.Parent);

        Assert.Equal("$0.00", DashboardFigure.Of(newYear, "Received in 2027"));
        Assert.Equal("$50.00 on Dec 31, 2026", DashboardFigure.Of(newYear, "Last payment received"));
    }
}
