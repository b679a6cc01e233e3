using Bunit;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

public sealed class CaseSummaryCardTests : BunitContext
{
    private const string PayingParent = "P2";

    public CaseSummaryCardTests() => this.AddPortalTestServices();

    [Fact]
    public void Shows_the_case_for_reading_with_the_parents_role_and_the_other_parent_by_first_name_and_initial()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        Assert.Equal("806-096-1680", card.Find("[data-testid=case-number]").TextContent);
        Assert.Equal("Custodial parent: you receive support", DashboardFigure.Of(card, "Your role"));
        Assert.Equal("Marco R.", DashboardFigure.Of(card, "Other parent"));
        Assert.Equal("Open", DashboardFigure.Of(card, "Case status"));
    }

    [Fact]
    public void The_headline_comes_first_under_its_own_heading_as_a_list_of_labelled_figures()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        var headline = card.FindAll("section")[0];
        Assert.Equal("At a glance", headline.QuerySelector("h2")?.TextContent);
        Assert.Equal(headline.QuerySelector("h2")?.Id, headline.GetAttribute("aria-labelledby"));
        Assert.NotNull(headline.QuerySelector("dl > dt + dd"));
    }

    [Fact]
    public void Shows_the_account_figures_in_dollars()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerPersonId, DashboardSamples.Viewer));

        Assert.Equal("$941.00", card.Find("[data-testid=monthly-obligation]").TextContent);
        Assert.Equal("$1,234.50", card.Find("[data-testid=arrears]").TextContent);
    }

    [Fact]
    public void Says_so_when_nothing_was_paid_and_nothing_is_scheduled()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerIsStaff, true));

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
        Assert.Equal("De un vistazo", card.Find(".case-headline h2").TextContent);
        Assert.Equal("Padre o madre con custodia: usted recibe la manutención", DashboardFigure.Of(card, "Su función"));
        Assert.Equal("$250.00 el 3 nov 2026", DashboardFigure.Of(card, "Último pago recibido"));
        Assert.Equal("$2,500.00", DashboardFigure.Of(card, "Recibido en 2026"));
    }

    [Fact]
    public void Staff_see_both_parents_by_role_instead_of_your_role()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerIsStaff, true));

        Assert.DoesNotContain("Your role", card.Markup, StringComparison.Ordinal);
        Assert.Equal("Eloisa F.", DashboardFigure.Of(card, "Custodial parent"));
        Assert.Equal("Marco R.", DashboardFigure.Of(card, "Non-custodial parent"));
    }

    [Theory]
    [InlineData("en-US", DashboardSamples.Viewer, false, "Paid ahead by the other parent")]
    [InlineData("en-US", PayingParent, false, "Paid ahead")]
    [InlineData("en-US", null, true, "Credit (paid ahead)")]
    [InlineData("es-US", DashboardSamples.Viewer, false, "El otro padre o madre pagó por adelantado")]
    [InlineData("es-US", PayingParent, false, "Pagado por adelantado")]
    [InlineData("es-US", null, true, "Crédito (pagado por adelantado)")]
    public void A_credit_is_worded_for_whoever_reads_it(string language, string? viewer, bool staff, string label)
    {
        using var culture = new CultureScope(language);
        var data = DashboardSamples.Data();
        var paidAhead = data with { Summary = data.Summary with { Arrears = Money.Zero, Balance = Money.Zero, Credit = Money.Dollars(150m) } };

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, paidAhead).Add(c => c.ViewerPersonId, viewer).Add(c => c.ViewerIsStaff, staff));

        Assert.Equal("$150.00", DashboardFigure.Of(card, label));
    }

    [Fact]
    public void A_live_update_marks_only_the_figures_it_changed()
    {
        using var culture = CultureScope.English();

        var card = Render<CaseSummaryCard>(p => p.Add(c => c.Data, DashboardSamples.Data()).Add(c => c.ViewerIsStaff, true)
            .Add(c => c.Changed, ChangedFigures.LastPayment | ChangedFigures.AmountDue).Add(c => c.UpdateCount, 1));

        Assert.Equal(["last-payment", "amount-due"], card.FindAll(".is-updated").Select(e => e.GetAttribute("data-testid")));
        Assert.Empty(card.FindAll("section.is-updated, dl.is-updated, dt.is-updated"));
    }
}
