using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>The dashboard's figures against cases worked out by hand (see <see cref="DashboardCases"/>).</summary>
public sealed class DashboardFiguresTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task Arrears_are_the_unpaid_installments_of_earlier_months_with_reversed_payments_left_out()
    {
        var data = await portal.Dashboards.LoadAsync(DashboardCases.Arrears);

        Assert.NotNull(data);
        Assert.Equal(Money.Dollars(500m), data.Summary.MonthlyObligation);
        Assert.Equal(Money.Dollars(300m), data.Summary.CurrentSupportDue);
        Assert.Equal(Money.Dollars(700m), data.Summary.Arrears);
        Assert.Equal(Money.Dollars(1000m), data.Summary.Balance);
        Assert.Equal(Money.Zero, data.Summary.Credit);
    }

    [Fact]
    public async Task Last_payment_is_the_latest_that_counts_and_the_next_installment_is_the_first_of_next_month()
    {
        var data = await portal.Dashboards.LoadAsync(DashboardCases.Arrears);

        Assert.NotNull(data);
        Assert.Equal(new DateOnly(2026, 11, 3), data.LastPayment?.ReceivedOn);
        Assert.Equal(Money.Dollars(200m), data.LastPayment?.Amount);
        Assert.Equal(new NextPaymentDue(new DateOnly(2026, 12, 1), Money.Dollars(500m)), data.NextPaymentDue);
    }

    [Fact]
    public async Task Paying_ahead_shows_a_credit_and_no_arrears()
    {
        var data = await portal.Dashboards.LoadAsync(DashboardCases.Credit);

        Assert.NotNull(data);
        Assert.Equal(Money.Zero, data.Summary.Arrears);
        Assert.Equal(Money.Dollars(150m), data.Summary.Credit);
    }

    [Fact]
    public async Task A_case_without_order_payments_or_actions_has_nothing_due_and_empty_lists()
    {
        var data = await portal.Dashboards.LoadAsync(DashboardCases.Empty);

        Assert.NotNull(data);
        Assert.Equal(Money.Zero, data.Summary.Arrears);
        Assert.Null(data.LastPayment);
        Assert.Null(data.NextPaymentDue);
        Assert.Empty(data.RecentActions);
        Assert.Equal(0, data.FirstPaymentsPage.TotalCount);
    }

    [Fact]
    public async Task The_first_page_lists_payments_newest_first_with_the_total_of_those_that_count()
    {
        var data = await portal.Dashboards.LoadAsync(DashboardCases.Arrears);

        Assert.NotNull(data);
        Assert.Equal(["T-0004", "T-0003", "T-0002", "T-0001"], data.FirstPaymentsPage.Rows.Select(r => r.ReceiptNumber));
        Assert.Equal(4, data.FirstPaymentsPage.TotalCount);
        Assert.Equal(Money.Dollars(1000m), data.FirstPaymentsPage.TotalAmount);
    }

    [Fact]
    public async Task A_date_range_narrows_the_rows_and_the_totals()
    {
        var page = await portal.Dashboards.LoadPaymentsAsync(DashboardCases.Arrears,
            PaymentQuery.Default with { From = new DateOnly(2026, 9, 1), To = new DateOnly(2026, 10, 31) });

        Assert.NotNull(page);
        Assert.Equal(["T-0003", "T-0002"], page.Rows.Select(r => r.ReceiptNumber));
        Assert.Equal(2, page.TotalCount);
        Assert.Equal(Money.Dollars(300m), page.TotalAmount);
    }

    [Fact]
    public async Task Payments_sort_by_amount_and_page_on_the_server()
    {
        var page = await portal.Dashboards.LoadPaymentsAsync(DashboardCases.Arrears,
            PaymentQuery.Default with { Sort = PaymentSort.Amount, Descending = false, Skip = 1, Take = 2 });

        Assert.NotNull(page);
        Assert.Equal(["T-0002", "T-0003"], page.Rows.Select(r => r.ReceiptNumber));
        Assert.Equal(4, page.TotalCount);
    }

    [Fact]
    public async Task No_case_means_no_dashboard()
    {
        Assert.Null(await portal.Dashboards.LoadAsync(DashboardCases.Nonexistent));
        Assert.Null(await portal.Dashboards.LoadPaymentsAsync(DashboardCases.Nonexistent, PaymentQuery.Default));
    }
}
