using Portal.Domain.Calendar;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public sealed class DisbursementDueTests
{
    [Fact]
    public void A_payment_received_on_a_Tuesday_is_due_out_on_the_Thursday()
    {
        Assert.Equal(new DateOnly(2026, 12, 10), DisbursementDue.For(new DateOnly(2026, 12, 8)));
    }

    [Fact]
    public void A_payment_received_on_a_Friday_or_at_the_weekend_is_due_out_on_the_Tuesday()
    {
        Assert.Equal(new DateOnly(2026, 12, 8), DisbursementDue.For(new DateOnly(2026, 12, 4)));
        Assert.Equal(new DateOnly(2026, 12, 8), DisbursementDue.For(new DateOnly(2026, 12, 5)));
        Assert.Equal(new DateOnly(2026, 12, 8), DisbursementDue.For(new DateOnly(2026, 12, 6)));
    }

    [Fact]
    public void State_holidays_do_not_count()
    {
        // Thanksgiving 2026 is Thursday 26 November: Wednesday's receipt is due out on Monday.
        Assert.True(ArizonaStateHolidays.IsHoliday(new DateOnly(2026, 11, 26)));
        Assert.Equal(new DateOnly(2026, 11, 30), DisbursementDue.For(new DateOnly(2026, 11, 25)));
        // Christmas on a Friday, then the weekend: Wednesday 23 December's receipt is due out on Monday 28.
        Assert.Equal(new DateOnly(2026, 12, 28), DisbursementDue.For(new DateOnly(2026, 12, 23)));
    }

    [Fact]
    public void Disbursed_on_the_due_date_is_on_time_and_a_day_after_is_late()
    {
        var receivedOn = new DateOnly(2026, 12, 4);

        Assert.False(DisbursementDue.IsLate(receivedOn, new DateOnly(2026, 12, 8), today: new DateOnly(2026, 12, 20)));
        Assert.True(DisbursementDue.IsLate(receivedOn, new DateOnly(2026, 12, 9), today: new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void Not_yet_disbursed_is_late_only_once_the_due_date_has_passed()
    {
        var receivedOn = new DateOnly(2026, 12, 4);

        Assert.False(DisbursementDue.IsLate(receivedOn, null, today: new DateOnly(2026, 12, 8)));
        Assert.True(DisbursementDue.IsLate(receivedOn, null, today: new DateOnly(2026, 12, 9)));
    }

    [Fact]
    public void A_held_or_reversed_payment_is_never_late()
    {
        var held = new Payment(1, "D1", new DateOnly(2026, 12, 4), Money.Dollars(100), PaymentSource.FederalTaxIntercept);
        held.Hold();
        var reversed = new Payment(1, "D2", new DateOnly(2026, 12, 4), Money.Dollars(100), PaymentSource.DirectPayment);
        reversed.Reverse();
        var waiting = new Payment(1, "D3", new DateOnly(2026, 12, 4), Money.Dollars(100), PaymentSource.DirectPayment);

        var today = new DateOnly(2026, 12, 20);
        Assert.False(DisbursementDue.IsLate(held, today));
        Assert.False(DisbursementDue.IsLate(reversed, today));
        Assert.True(DisbursementDue.IsLate(waiting, today));
    }
}
