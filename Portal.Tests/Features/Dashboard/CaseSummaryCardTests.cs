using Bunit;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Dashboard;

public sealed class CaseSummaryCardTests : BunitContext
{
    public CaseSummaryCardTests() => this.AddPortalTestServices();

    [Fact]
    public void Shows_the_case_for_reading_with_the_parents_role_and_the_other_parent_by_first_name_and_initial()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        Assert.Equal("806-096-1680", card.Find("[data-testid=case-number]").TextContent);
        Assert.Contains("Custodial parent: you receive support", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Marco R.", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Open", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_figures_in_dollars_with_dates_in_plain_words()
    {
        using var culture = CultureScope.English();
        var data = DashboardSamples.Data(DashboardSamples.Payment(250m, new DateOnly(2026, 11, 3)), new NextPaymentDue(new DateOnly(2026, 12, 1), Money.Dollars(941m)));

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, data).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        Assert.Equal("$941.00", card.Find("[data-testid=monthly-obligation]").TextContent);
        Assert.Equal("$1,234.50", card.Find("[data-testid=arrears]").TextContent);
        Assert.Equal("$250.00 on Nov 3, 2026", card.Find("[data-testid=last-payment]").TextContent.Trim());
        Assert.Equal("$941.00 on Dec 1, 2026", card.Find("[data-testid=next-payment-due]").TextContent.Trim());
    }

    [Fact]
    public void Says_so_when_nothing_was_paid_and_nothing_is_scheduled()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        Assert.Equal("No payments recorded yet.", card.Find("[data-testid=last-payment]").TextContent.Trim());
        Assert.Equal("No payment scheduled", card.Find("[data-testid=next-payment-due]").TextContent.Trim());
    }

    [Fact]
    public void Speaks_Spanish_to_a_Spanish_speaker()
    {
        using var culture = CultureScope.Spanish();
        var data = DashboardSamples.Data(DashboardSamples.Payment(250m, new DateOnly(2026, 11, 3)));

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, data).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        Assert.Contains("Resumen de la cuenta", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Padre o madre con custodia: usted recibe la manutención", card.Markup, StringComparison.Ordinal);
        Assert.Equal("$250.00 el 3 nov 2026", card.Find("[data-testid=last-payment]").TextContent.Trim());
    }

    [Fact]
    public void Staff_see_both_parents_by_role_instead_of_your_role()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerIsStaff, true));

        Assert.DoesNotContain("Your role", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Eloisa F.", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Non-custodial parent", card.Markup, StringComparison.Ordinal);
    }
}
