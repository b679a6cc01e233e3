using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Dashboard;
using Portal.App.Features.Cases.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

public sealed class PaymentHistoryGridTests : BunitContext, IClassFixture<DashboardTestPortal>
{
    private readonly DashboardTestPortal portal;

    public PaymentHistoryGridTests(DashboardTestPortal portal)
    {
        this.portal = portal;
        this.AddPortalTestServices();
        Services.AddSingleton(portal.Dashboards);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task Shows_the_first_page_newest_first_with_the_count_and_total()
    {
        using var culture = CultureScope.English();

        var grid = await RenderGridAsync(DashboardCases.Arrears);

        Assert.Equal(["T-0004", "T-0003", "T-0002", "T-0001"], ReceiptsOf(grid));
        Assert.Equal("Payments: 4. Total: $1,000.00", grid.Find("[data-testid=payment-totals]").TextContent.Trim());
        Assert.Contains("Reversed", grid.Markup, StringComparison.Ordinal);
        Assert.Contains("Wage withholding", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_on_the_server()
    {
        using var culture = CultureScope.English();
        var grid = await RenderGridAsync(DashboardCases.Many);
        Assert.Equal(10, ReceiptsOf(grid).Count);

        await grid.InvokeAsync(() => grid.Find("[aria-label='Next page']").Click());

        grid.WaitForAssertion(() => Assert.Equal(["M-02", "M-01"], ReceiptsOf(grid)));
        Assert.Equal("Payments: 12. Total: $780.00", grid.Find("[data-testid=payment-totals]").TextContent.Trim());
    }

    [Fact]
    public async Task A_date_range_shows_its_payments_and_their_total()
    {
        using var culture = CultureScope.English();
        var grid = await RenderGridAsync(DashboardCases.Many);

        TypeRange(grid, "2025-03-01", "2025-04-30");
        await grid.InvokeAsync(() => grid.Find("form").Submit());

        grid.WaitForAssertion(() => Assert.Equal(["M-04", "M-03"], ReceiptsOf(grid)));
        Assert.Equal("Payments: 2. Total: $70.00", grid.Find("[data-testid=payment-totals]").TextContent.Trim());
    }

    [Fact]
    public async Task Dates_typed_before_a_live_update_still_apply_after_it()
    {
        using var culture = CultureScope.English();
        var grid = await RenderGridAsync(DashboardCases.Many);
        TypeRange(grid, "2025-03-01", "2025-04-30");

        // A live update: the dashboard hands the table the case's first page as loaded again.
        var reloaded = await portal.Dashboards.LoadAsync(DashboardCases.Many);
        grid.Render(p => p.Add(c => c.FirstPage, reloaded!.FirstPaymentsPage));
        await grid.InvokeAsync(() => grid.Find("form").Submit());

        grid.WaitForAssertion(() => Assert.Equal(["M-04", "M-03"], ReceiptsOf(grid)));
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_explained_next_to_the_field()
    {
        using var culture = CultureScope.English();
        var grid = await RenderGridAsync(DashboardCases.Many);

        TypeRange(grid, "2025-05-01", "2025-04-30");
        await grid.InvokeAsync(() => grid.Find("form").Submit());

        Assert.Equal("The end date is before the start date.", grid.Find("#payments-range-problem").TextContent);
        Assert.Equal(10, ReceiptsOf(grid).Count);
    }

    [Theory]
    [InlineData("0001-01-01", "2025-04-30", "#payments-from-problem")]
    [InlineData("2025-03-01", "9999-12-31", "#payments-to-problem")]
    public async Task A_date_before_1900_or_far_in_the_future_is_explained_at_its_field_and_the_table_stays(string from, string to, string problem)
    {
        using var culture = CultureScope.English();
        var grid = await RenderGridAsync(DashboardCases.Many);

        TypeRange(grid, from, to);
        await grid.InvokeAsync(() => grid.Find("form").Submit());

        Assert.Equal("Enter a date from 1900 up to one year from today.", grid.Find(problem).TextContent);
        Assert.Equal(10, ReceiptsOf(grid).Count);
    }

    [Fact]
    public async Task A_date_out_of_range_is_explained_in_spanish_too()
    {
        using var culture = CultureScope.Spanish();
        var grid = await RenderGridAsync(DashboardCases.Many);

        TypeRange(grid, "2025-03-01", "9999-12-31");
        await grid.InvokeAsync(() => grid.Find("form").Submit());

        Assert.Equal("Escriba una fecha entre 1900 y un año a partir de hoy.", grid.Find("#payments-to-problem").TextContent);
    }

    [Fact]
    public async Task An_empty_history_says_no_payments_were_recorded()
    {
        using var culture = CultureScope.English();

        var grid = await RenderGridAsync(DashboardCases.Empty);

        Assert.Contains("No payments recorded yet.", grid.Markup, StringComparison.Ordinal);
        Assert.Equal("Payments: 0. Total: $0.00", grid.Find("[data-testid=payment-totals]").TextContent.Trim());
    }

    [Fact]
    public async Task Offers_the_download_and_print_view_of_the_range_shown_when_the_host_maps_them()
    {
        using var culture = CultureScope.English();

        var grid = await RenderGridAsync(DashboardCases.Arrears, withLinks: true);

        Assert.Equal($"dashboard/payments.csv?case={DashboardCases.Arrears.Digits}", grid.Find("a[download]").GetAttribute("href"));
        Assert.Contains("Print-friendly view", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_is_named_by_the_payment_history_heading_and_does_not_repeat_it()
    {
        using var culture = CultureScope.English();

        var grid = await RenderGridAsync(DashboardCases.Arrears);

        var table = grid.Find("table");
        Assert.Equal("Payment history", grid.Find($"#{table.GetAttribute("aria-labelledby")}").TextContent.Trim());
        Assert.Empty(grid.FindAll("caption"));
        Assert.Single(grid.FindAll("*"), e => e.Children.Length == 0 && e.TextContent.Trim() == "Payment history");
    }

    private async Task<IRenderedComponent<PaymentHistoryGrid>> RenderGridAsync(Portal.Domain.Cases.CaseNumber caseNumber, bool withLinks = false)
    {
        var data = await portal.Dashboards.LoadAsync(caseNumber);
        return Render<PaymentHistoryGrid>(p =>
        {
            p.Add(c => c.CaseNumber, caseNumber).Add(c => c.FirstPage, data!.FirstPaymentsPage);
            if (withLinks)
            {
                p.Add(c => c.ExportUrl, q => DashboardEndpoints.PaymentsCsvUrl(caseNumber, q));
                p.Add(c => c.PrintUrl, q => DashboardEndpoints.PaymentsPrintUrl(caseNumber, q));
            }
        });
    }

    private static void TypeRange(IRenderedComponent<PaymentHistoryGrid> grid, string from, string to)
    {
        grid.Find("#payments-from").Change(from);
        grid.Find("#payments-to").Change(to);
    }

    private static List<string> ReceiptsOf(IRenderedComponent<PaymentHistoryGrid> grid) =>
        [.. grid.FindAll("tbody tr td:last-child").Select(td => td.TextContent.Replace("Receipt", "", StringComparison.Ordinal).Trim()).Where(t => t.Length > 0)];
}
