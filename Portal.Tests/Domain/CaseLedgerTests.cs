using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public class CaseLedgerTests
{
    private static readonly SupportOrder FourHundredFromJanuary = new(Money.Dollars(400), new DateOnly(2026, 1, 1));
    private static int receipts;

    private static Payment Paid(int year, int month, int day, decimal amount, PaymentStatus status = PaymentStatus.Received)
    {
        var payment = new Payment(1, $"R{Interlocked.Increment(ref receipts)}", new DateOnly(year, month, day), Money.Dollars(amount), PaymentSource.DirectPayment);
        if (status == PaymentStatus.Reversed) payment.Reverse();
        return payment;
    }

    private static AccountSummary Summarize(DateOnly asOf, params Payment[] payments) =>
        CaseLedger.Summarize([FourHundredFromJanuary], payments, asOf);

    [Fact]
    public void Nothing_paid_makes_every_earlier_month_arrears()
    {
        var summary = Summarize(new DateOnly(2026, 3, 15));

        Assert.Equal(Money.Dollars(800), summary.Arrears);
        Assert.Equal(Money.Dollars(400), summary.CurrentSupportDue);
        Assert.Equal(Money.Dollars(1200), summary.Balance);
        Assert.Null(summary.LastPayment);
    }

    [Fact]
    public void A_payment_goes_to_the_current_month_before_arrears()
    {
        var summary = Summarize(new DateOnly(2026, 3, 15), Paid(2026, 3, 5, 400));

        Assert.Equal(Money.Zero, summary.CurrentSupportDue);
        Assert.Equal(Money.Dollars(800), summary.Arrears);
    }

    [Fact]
    public void Paying_more_than_the_current_month_reduces_arrears()
    {
        var summary = Summarize(new DateOnly(2026, 3, 15), Paid(2026, 3, 5, 650));

        Assert.Equal(Money.Zero, summary.CurrentSupportDue);
        Assert.Equal(Money.Dollars(550), summary.Arrears);
        Assert.Equal(Money.Dollars(550), summary.Balance);
    }

    [Fact]
    public void Paying_every_month_on_time_leaves_no_arrears()
    {
        var summary = Summarize(new DateOnly(2026, 3, 15), Paid(2026, 1, 3, 400), Paid(2026, 2, 3, 400), Paid(2026, 3, 3, 400));

        Assert.Equal(Money.Zero, summary.Arrears);
        Assert.Equal(Money.Zero, summary.Balance);
        Assert.Equal(new DateOnly(2026, 3, 3), summary.LastPayment?.ReceivedOn);
    }

    [Fact]
    public void Overpaying_earlier_months_counts_against_this_month()
    {
        var summary = Summarize(new DateOnly(2026, 3, 15), Paid(2026, 1, 3, 500), Paid(2026, 2, 3, 450));

        Assert.Equal(Money.Zero, summary.Arrears);
        Assert.Equal(Money.Dollars(250), summary.CurrentSupportDue);
        Assert.Equal(Money.Dollars(250), summary.Balance);
    }

    [Fact]
    public void Paying_ahead_shows_a_credit_and_nothing_owed()
    {
        var summary = Summarize(new DateOnly(2026, 1, 15), Paid(2026, 1, 3, 1000));

        Assert.Equal(Money.Dollars(600), summary.Credit);
        Assert.Equal(Money.Zero, summary.Balance);
        Assert.Equal(Money.Zero, summary.CurrentSupportDue);
    }

    [Fact]
    public void A_reversed_payment_does_not_count_and_is_not_the_last_payment()
    {
        var summary = Summarize(new DateOnly(2026, 2, 15), Paid(2026, 1, 3, 400), Paid(2026, 2, 3, 400, PaymentStatus.Reversed));

        Assert.Equal(Money.Dollars(400), summary.Balance);
        Assert.Equal(new DateOnly(2026, 1, 3), summary.LastPayment?.ReceivedOn);
    }

    [Fact]
    public void Payments_after_the_as_of_date_are_not_counted()
    {
        var summary = Summarize(new DateOnly(2026, 1, 15), Paid(2026, 2, 3, 400));

        Assert.Equal(Money.Dollars(400), summary.Balance);
        Assert.Null(summary.LastPayment);
    }

    [Fact]
    public void A_modified_order_accrues_each_amount_for_its_own_months()
    {
        var original = new SupportOrder(Money.Dollars(300), new DateOnly(2025, 11, 1), new DateOnly(2026, 1, 31));
        var modified = new SupportOrder(Money.Dollars(500), new DateOnly(2026, 2, 1));

        var summary = CaseLedger.Summarize([original, modified], [], new DateOnly(2026, 3, 10));

        Assert.Equal(Money.Dollars(3 * 300 + 500), summary.Arrears);
        Assert.Equal(Money.Dollars(500), summary.CurrentSupportDue);
        Assert.Equal(Money.Dollars(500), summary.MonthlyObligation);
    }

    [Fact]
    public void An_ended_order_stops_accruing()
    {
        var ended = new SupportOrder(Money.Dollars(300), new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30));

        var summary = CaseLedger.Summarize([ended], [], new DateOnly(2026, 3, 10));

        Assert.Equal(Money.Dollars(1800), summary.Arrears);
        Assert.Equal(Money.Zero, summary.CurrentSupportDue);
        Assert.Equal(Money.Zero, summary.MonthlyObligation);
    }
}
