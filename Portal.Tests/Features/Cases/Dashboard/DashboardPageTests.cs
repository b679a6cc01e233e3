using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Dashboard;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>The page's own paths to a case: the address, the case selector (whose value a browser can forge), and the live updates that follow.</summary>
public sealed class DashboardPageTests : BunitContext, IClassFixture<DashboardTestPortal>
{
    private readonly DashboardTestPortal portal;

    public DashboardPageTests(DashboardTestPortal portal)
    {
        this.portal = portal;
        this.AddDashboardServicesOf(portal);
        this.SignInAsParent(DashboardCases.Parent);
    }

    [Fact]
    public void A_parent_on_two_cases_chooses_between_them()
    {
        using var culture = CultureScope.English();

        var page = RenderPage(DashboardCases.Arrears.Digits);

        Assert.Equal([DashboardCases.Arrears.Digits, DashboardCases.Credit.Digits], page.FindAll("#case-selector option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Choose a case", page.Find("label[for=case-selector]").TextContent);
    }

    [Fact]
    public void A_forged_selector_value_shows_exactly_what_a_case_that_does_not_exist_shows()
    {
        using var culture = CultureScope.English();
        var missing = RenderPage(DashboardCases.Nonexistent.Digits).Markup;
        var page = RenderPage(DashboardCases.Arrears.Digits);

        page.Find("#case-selector").Change(DashboardCases.Empty.Digits);

        page.WaitForAssertion(() => Assert.Equal(missing, page.Markup));
        Assert.Equal(0, portal.Get<CaseDashboardFeed>().DashboardCount(DashboardCases.Empty));
    }

    [Fact]
    public async Task Another_parents_case_by_address_follows_no_updates()
    {
        using var culture = CultureScope.English();
        var page = RenderPage(DashboardCases.Empty.Digits);
        var before = page.Markup;

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Empty.Digits, "PG-0001", new DateOnly(2026, 11, 22), 30m, PaymentSource.DirectPayment));

        Assert.Equal(0, portal.Get<CaseDashboardFeed>().DashboardCount(DashboardCases.Empty));
        Assert.Equal(before, page.Markup);
        Assert.DoesNotContain("$30.00", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_case_chosen_is_remembered_for_next_time()
    {
        using var culture = CultureScope.English();
        var page = RenderPage(DashboardCases.Arrears.Digits);

        page.Find("#case-selector").Change(DashboardCases.Credit.Digits);

        page.WaitForAssertion(() => Assert.EndsWith($"dashboard?case={DashboardCases.Credit.Digits}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Equal(DashboardCases.Credit, await portal.Get<DashboardPreferences>().LastChoiceAsync(DashboardCases.Parent));
        var next = RenderPage(caseQuery: null);
        next.WaitForAssertion(() => Assert.Equal(DashboardCases.Credit.Digits, next.Find(".case-dashboard").GetAttribute("data-case")));
    }

    private IRenderedComponent<DashboardPage> RenderPage(string? caseQuery)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(caseQuery is null ? "dashboard" : $"dashboard?case={caseQuery}");
        var page = Render<DashboardPage>();
        page.WaitForState(() => !page.Markup.Contains("Loading your case", StringComparison.Ordinal));
        return page;
    }
}
