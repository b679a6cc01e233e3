using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public sealed class NextPaymentDueTests
{
    [Fact]
    public void Mid_month_the_next_payment_is_the_first_of_next_month() =>
        Assert.Equal(new NextPaymentDue(new DateOnly(2027, 1, 1), Money.Dollars(300)),
            NextPaymentDue.After([new SupportOrder(Money.Dollars(300), new DateOnly(2025, 6, 1))], new DateOnly(2026, 12, 15)));

    [Fact]
    public void On_the_first_the_installment_due_today_is_not_the_next_one() =>
        Assert.Equal(new DateOnly(2027, 1, 1),
            NextPaymentDue.After([new SupportOrder(Money.Dollars(300), new DateOnly(2025, 6, 1))], new DateOnly(2026, 12, 1))?.DueOn);

    [Fact]
    public void Two_orders_in_effect_add_up() =>
        Assert.Equal(Money.Dollars(450),
            NextPaymentDue.After([new SupportOrder(Money.Dollars(300), new DateOnly(2025, 6, 1)), new SupportOrder(Money.Dollars(150), new DateOnly(2026, 2, 1))],
                new DateOnly(2026, 12, 15))?.Amount);

    [Fact]
    public void An_order_that_ends_this_month_leaves_nothing_due()
    {
        Assert.Null(NextPaymentDue.After([new SupportOrder(Money.Dollars(300), new DateOnly(2025, 6, 1), new DateOnly(2026, 12, 31))], new DateOnly(2026, 12, 15)));
        Assert.Null(NextPaymentDue.After([], new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public void An_order_starting_mid_next_month_is_not_yet_due() =>
        Assert.Null(NextPaymentDue.After([new SupportOrder(Money.Dollars(300), new DateOnly(2027, 1, 10))], new DateOnly(2026, 12, 15)));
}
