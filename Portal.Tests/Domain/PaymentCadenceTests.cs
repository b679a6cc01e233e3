using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public class PaymentCadenceTests
{
    private static readonly Money Monthly = Money.Dollars(941m);

    private static Payment Paid(int day, decimal amount, int month = 12) =>
        new(1, $"R-{month}-{day}", new DateOnly(2026, month, day), Money.Dollars(amount), PaymentSource.WageWithholding);

    [Fact]
    public void The_first_paycheck_of_a_month_is_half_the_order_plus_half_the_arrears_share()
    {
        var next = PaymentCadence.NextPayment(Monthly, Money.Dollars(2_000m), [Paid(20, 434.31m, month: 11)], new DateOnly(2026, 12, 1));

        Assert.Equal(Money.Dollars(564.60m), next);
    }

    [Fact]
    public void The_second_paycheck_waits_for_the_16th_and_then_completes_the_month()
    {
        var paid = new[] { Paid(2, 564.60m) };

        Assert.Null(PaymentCadence.NextPayment(Monthly, Money.Dollars(2_000m), paid, new DateOnly(2026, 12, 15)));
        Assert.Equal(Money.Dollars(564.60m), PaymentCadence.NextPayment(Monthly, Money.Dollars(2_000m), paid, new DateOnly(2026, 12, 16)));
    }

    [Fact]
    public void A_case_without_arrears_is_paid_exactly_its_monthly_amount()
    {
        var first = PaymentCadence.NextPayment(Money.Dollars(100.01m), Money.Zero, [], new DateOnly(2026, 12, 1))!.Value;
        var second = PaymentCadence.NextPayment(Money.Dollars(100.01m), Money.Zero, [Paid(1, first.Amount)], new DateOnly(2026, 12, 17));

        Assert.Equal(Money.Dollars(100.01m), first + second!.Value);
    }

    [Fact]
    public void Arrears_add_at_most_a_fifth_of_the_monthly_amount()
    {
        Assert.Equal(Money.Dollars(1_129.20m), PaymentCadence.MonthlyAllowance(Monthly, Money.Dollars(10_000m)));
        Assert.Equal(Money.Dollars(991m), PaymentCadence.MonthlyAllowance(Monthly, Money.Dollars(50m)));
        Assert.Equal(Monthly, PaymentCadence.MonthlyAllowance(Monthly, Money.Zero));
    }

    [Fact]
    public void No_second_payment_on_a_day_that_already_has_one()
    {
        Assert.Null(PaymentCadence.NextPayment(Monthly, Money.Zero, [Paid(18, 100m)], new DateOnly(2026, 12, 18)));
    }

    [Fact]
    public void A_month_already_paid_in_full_gets_nothing_more_however_often_it_is_asked()
    {
        Assert.Null(PaymentCadence.NextPayment(Money.Dollars(100m), Money.Zero, [Paid(2, 250m)], new DateOnly(2026, 12, 22)));
        Assert.Null(PaymentCadence.NextPayment(Monthly, Money.Zero, [Paid(2, 470.50m), Paid(16, 470.50m)], new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void A_reversed_payment_does_not_count_towards_the_month()
    {
        var reversed = Paid(2, 470.50m);
        reversed.Reverse();

        Assert.Equal(Money.Dollars(470.50m), PaymentCadence.NextPayment(Monthly, Money.Zero, [reversed], new DateOnly(2026, 12, 3)));
    }

    [Fact]
    public void No_order_in_effect_means_no_payment()
    {
        Assert.Null(PaymentCadence.NextPayment(Money.Zero, Money.Dollars(3_000m), [], new DateOnly(2026, 12, 3)));
    }
}
