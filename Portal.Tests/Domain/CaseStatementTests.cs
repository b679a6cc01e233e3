using Portal.Domain.Cases;
using Portal.Domain.Payments;
using static Portal.Domain.Payments.StatementExplanation;

namespace Portal.Tests.Domain;

public class CaseStatementTests
{
    private static readonly SupportOrder FourHundredFromJanuary = new(Money.Dollars(400), new DateOnly(2026, 1, 1));
    private static int receipts;

    private static Payment Paid(int year, int month, int day, decimal amount, bool reversed = false)
    {
        var payment = new Payment(1, $"S{Interlocked.Increment(ref receipts)}", new DateOnly(year, month, day), Money.Dollars(amount), PaymentSource.DirectPayment);
        if (reversed) payment.Reverse();
        return payment;
    }

    private static Money Dollars(decimal amount) => Money.Dollars(amount);

    [Fact]
    public void No_payments_at_all_turns_each_months_support_into_arrears_the_month_after()
    {
        var statement = CaseStatement.For([FourHundredFromJanuary], [], new DateOnly(2026, 3, 15));

        Assert.Equal<DateOnly>([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], statement.Months.Select(m => m.Month));
        Assert.Equal<Money>([Dollars(0), Dollars(400), Dollars(800)], statement.Months.Select(m => m.Figures.OpeningArrears));
        Assert.Equal<Money>([Dollars(0), Dollars(400), Dollars(800)], statement.Months.Select(m => m.Figures.ClosingArrears));
        Assert.All(statement.Months, m => Assert.Equal(Dollars(400), m.Figures.SupportUnpaid));
        Assert.Equal(Dollars(800), statement.ClosingArrears);
        Assert.All(statement.Months, m => Assert.Empty(m.Adjustments));

        var march = statement.Months[^1];
        Assert.False(march.Closed);
        Assert.Equal(new DateOnly(2026, 3, 15), march.Through);
        Assert.Equal<StatementExplanation>(
            [new ArrearsBroughtForward(Dollars(400)), new UnpaidSupportBecameArrears(new DateOnly(2026, 2, 1), Dollars(400)),
             new SupportDue(Dollars(400), new DateOnly(2026, 3, 1)), new SupportUnpaid(Dollars(400), BecomesArrears: false)],
            march.Explanations);
        Assert.Contains(new SupportUnpaid(Dollars(400), BecomesArrears: true), statement.Months[0].Explanations);
        Assert.Contains(new OrderStarted(Dollars(400), new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)), statement.Months[0].Explanations);
    }

    [Fact]
    public void A_modification_mid_year_says_the_order_changed_and_due_follows_each_order()
    {
        var original = new SupportOrder(Dollars(400), new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));
        var modified = new SupportOrder(Dollars(450), new DateOnly(2026, 3, 1));

        var statement = CaseStatement.For([original, modified], [Paid(2026, 1, 5, 400), Paid(2026, 2, 5, 400), Paid(2026, 3, 5, 400)], new DateOnly(2026, 4, 10));

        Assert.Equal<Money>([Dollars(400), Dollars(400), Dollars(450), Dollars(450)], statement.Months.Select(m => m.Figures.SupportDue));
        var march = statement.Months[2];
        Assert.Contains(new OrderChanged(Dollars(400), Dollars(450), new DateOnly(2026, 3, 1)), march.Explanations);
        Assert.DoesNotContain(statement.Months[1].Explanations, e => e is OrderChanged);
        Assert.Equal(Dollars(50), march.Figures.SupportUnpaid);
        Assert.Equal(Dollars(50), statement.ClosingArrears);
        Assert.Equal(CaseLedger.Summarize([original, modified], [Paid(2026, 3, 5, 1200)], new DateOnly(2026, 4, 10)).Arrears,
            CaseStatement.For([original, modified], [Paid(2026, 3, 5, 1200)], new DateOnly(2026, 4, 10)).ClosingArrears);
    }

    [Fact]
    public void An_order_that_ends_says_so_in_the_first_month_without_support()
    {
        var ended = new SupportOrder(Dollars(300), new DateOnly(2025, 11, 1), new DateOnly(2026, 1, 15));

        var statement = CaseStatement.For([ended], [], new DateOnly(2026, 3, 10));

        Assert.Contains(new OrderEnded(Dollars(300), new DateOnly(2026, 1, 15)), statement.Months.Single(m => m.Month == new DateOnly(2026, 2, 1)).Explanations);
        Assert.Equal(Dollars(900), statement.ClosingArrears);
    }

    [Fact]
    public void An_order_starting_mid_month_is_first_due_on_the_next_first_and_a_payment_before_it_is_a_credit()
    {
        var order = new SupportOrder(Dollars(400), new DateOnly(2026, 1, 10));

        var statement = CaseStatement.For([order], [Paid(2026, 1, 20, 150)], new DateOnly(2026, 2, 10));

        var january = statement.Months[0];
        Assert.Equal(new DateOnly(2026, 1, 1), january.Month);
        Assert.Equal(Money.Zero, january.Figures.SupportDue);
        Assert.Equal<StatementExplanation>(
            [new PaymentApplied(january.Figures.Payments[0].Payment.ReceiptNumber, new DateOnly(2026, 1, 20), Dollars(150), Money.Zero, Money.Zero, Dollars(150)),
             new CreditCarried(Dollars(150))],
            january.Explanations);
        var february = statement.Months[1];
        Assert.Equal<StatementExplanation>(
            [new CreditBroughtForward(Dollars(150)), new OrderStarted(Dollars(400), new DateOnly(2026, 1, 10), new DateOnly(2026, 2, 1)),
             new SupportDue(Dollars(400), new DateOnly(2026, 2, 1)), new CreditApplied(Dollars(150)), new SupportUnpaid(Dollars(250), BecomesArrears: false)],
            february.Explanations);
        Assert.Equal(Money.Zero, statement.ClosingArrears);
    }

    [Fact]
    public void An_overpayment_is_a_credit_carried_forward_that_pays_the_next_months()
    {
        var statement = CaseStatement.For([FourHundredFromJanuary], [Paid(2026, 1, 3, 1000)], new DateOnly(2026, 3, 15));

        var january = statement.Months[0].Figures;
        Assert.Equal((Dollars(400), Money.Zero, Dollars(600)), (january.Payments[0].ToCurrent, january.Payments[0].ToArrears, january.Payments[0].ToCredit));
        Assert.Equal(Dollars(600), january.ClosingCredit);
        Assert.Equal((Dollars(400), Dollars(200)), (statement.Months[1].Figures.CreditApplied, statement.Months[1].Figures.ClosingCredit));
        var march = statement.Months[2];
        Assert.Equal((Dollars(200), Dollars(200), Money.Zero), (march.Figures.CreditApplied, march.Figures.SupportUnpaid, march.Figures.ClosingCredit));
        Assert.Contains(new CreditCarried(Dollars(200)), statement.Months[1].Explanations);
        Assert.Equal(CaseLedger.Summarize([FourHundredFromJanuary], [Paid(2026, 1, 3, 1000)], new DateOnly(2026, 3, 15)).CurrentSupportDue, march.Figures.SupportUnpaid);
    }

    [Fact]
    public void A_payment_beyond_arrears_pays_the_current_month_then_arrears_then_becomes_credit()
    {
        var payment = Paid(2026, 3, 5, 1300);

        var march = CaseStatement.For([FourHundredFromJanuary], [payment], new DateOnly(2026, 3, 15)).Months[^1];

        Assert.Contains(new PaymentApplied(payment.ReceiptNumber, new DateOnly(2026, 3, 5), Dollars(1300), Dollars(400), Dollars(800), Dollars(100)), march.Explanations);
        Assert.Equal((Money.Zero, Dollars(100)), (march.Figures.ClosingArrears, march.Figures.ClosingCredit));
    }

    [Fact]
    public void Two_payments_in_a_month_are_applied_in_date_order()
    {
        var first = Paid(2026, 2, 1, 250);
        var second = Paid(2026, 2, 16, 250);

        var february = CaseStatement.For([FourHundredFromJanuary], [second, first], new DateOnly(2026, 2, 28)).Months[1];

        Assert.Equal<Payment>([first, second], february.Figures.Payments.Select(a => a.Payment));
        Assert.Equal((Dollars(250), Money.Zero), (february.Figures.Payments[0].ToCurrent, february.Figures.Payments[0].ToArrears));
        Assert.Equal((Dollars(150), Dollars(100)), (february.Figures.Payments[1].ToCurrent, february.Figures.Payments[1].ToArrears));
        Assert.Equal((Dollars(400), Dollars(300)), (february.Figures.OpeningArrears, february.Figures.ClosingArrears));
    }

    [Fact]
    public void A_reversed_payment_is_shown_but_changes_nothing()
    {
        var reversed = Paid(2026, 2, 3, 400, reversed: true);

        var statement = CaseStatement.For([FourHundredFromJanuary], [Paid(2026, 1, 3, 400), reversed], new DateOnly(2026, 2, 15));

        var february = statement.Months[1];
        Assert.Empty(february.Figures.Payments);
        Assert.Contains(new PaymentReversed(reversed.ReceiptNumber, new DateOnly(2026, 2, 3), Dollars(400)), february.Explanations);
        Assert.Equal(Dollars(400), february.Figures.SupportUnpaid);
        Assert.Equal(Money.Zero, statement.ClosingArrears);
    }

    [Fact]
    public void Payments_after_the_statement_date_are_left_out()
    {
        var statement = CaseStatement.For([FourHundredFromJanuary], [Paid(2026, 1, 20, 400)], new DateOnly(2026, 1, 15));

        Assert.Empty(statement.Months.Single().Figures.Payments);
        Assert.Equal(Dollars(400), statement.Months.Single().Figures.SupportUnpaid);
    }

    [Fact]
    public void No_orders_and_no_payments_is_an_empty_statement_with_no_arrears()
    {
        var statement = CaseStatement.For([], [], new DateOnly(2026, 3, 15));

        Assert.Empty(statement.Months);
        Assert.Equal(Money.Zero, statement.ClosingArrears);
    }
}
