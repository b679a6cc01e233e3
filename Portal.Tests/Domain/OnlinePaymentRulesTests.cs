using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public sealed class OnlinePaymentRulesTests
{
    private static readonly Money Limit = Money.Dollars(10_000m);

    [Theory]
    [InlineData(null, PaymentAmountProblem.Missing)]
    [InlineData("0", PaymentAmountProblem.NotPositive)]
    [InlineData("-5", PaymentAmountProblem.NotPositive)]
    [InlineData("12.345", PaymentAmountProblem.NotWholeCents)]
    [InlineData("10000.01", PaymentAmountProblem.OverLimit)]
    public void An_amount_that_cannot_be_paid_says_why(string? amount, PaymentAmountProblem problem) =>
        Assert.Equal(problem, PaymentAmountRules.Check(amount is null ? null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Limit));

    [Theory]
    [InlineData("0.01")]
    [InlineData("250.50")]
    [InlineData("10000")]
    public void Positive_whole_cents_up_to_the_limit_are_paid(string amount) =>
        Assert.Null(PaymentAmountRules.Check(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Limit));

    [Theory]
    [InlineData("$1,250.50", "1250.50")]
    [InlineData(" 80 ", "80")]
    [InlineData("-3", "-3")]
    public void Amounts_are_read_as_people_type_them(string typed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PaymentAmountRules.Parse(typed));

    [Theory]
    [InlineData("")]
    [InlineData("twelve")]
    [InlineData("1e5")]
    public void Text_that_is_not_an_amount_is_not_read(string typed) => Assert.Null(PaymentAmountRules.Parse(typed));

    [Theory]
    [InlineData("100.00", "2.90")]
    [InlineData("100.50", "2.91")] // 2.9145
    [InlineData("250.50", "7.26")] // 7.2645
    [InlineData("0.50", "0.01")]   // 0.0145
    public void A_card_fee_of_2_9_percent_is_rounded_to_the_cent_half_up(string amount, string fee) =>
        Assert.Equal(Money.Dollars(decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture)),
            new ConvenienceFee(2.9m, Money.Zero).For(Money.Dollars(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void A_flat_bank_fee_is_the_same_for_every_amount_and_adds_to_a_percentage()
    {
        Assert.Equal(Money.Dollars(1.25m), new ConvenienceFee(0m, Money.Dollars(1.25m)).For(Money.Dollars(20m)));
        Assert.Equal(Money.Dollars(1.25m), new ConvenienceFee(0m, Money.Dollars(1.25m)).For(Money.Dollars(2_000m)));
        Assert.Equal(Money.Dollars(3.25m), new ConvenienceFee(1m, Money.Dollars(1.25m)).For(Money.Dollars(200m)));
        Assert.True(ConvenienceFee.None.IsFree);
        Assert.Equal(Money.Zero, ConvenienceFee.None.For(Money.Dollars(75m)));
    }

    [Fact]
    public void A_parent_behind_is_offered_this_month_the_arrears_and_the_total()
    {
        var orders = new[] { new SupportOrder(Money.Dollars(400), new DateOnly(2026, 1, 1)) };
        var payments = new[] { new Payment(1, "R1", new DateOnly(2026, 10, 5), Money.Dollars(300), PaymentSource.WageWithholding) };
        var today = new DateOnly(2026, 11, 22);

        var suggestions = AmountSuggestion.For(CaseLedger.Summarize(orders, payments, today), NextPaymentDue.After(orders, today));

        Assert.Equal(
            [new(AmountSuggestionKind.CurrentMonth, Money.Dollars(400)), new(AmountSuggestionKind.Arrears, Money.Dollars(3_700)), new AmountSuggestion(AmountSuggestionKind.Total, Money.Dollars(4_100))],
            suggestions);
    }

    [Fact]
    public void A_parent_up_to_date_this_month_is_offered_next_months_installment_only()
    {
        var orders = new[] { new SupportOrder(Money.Dollars(400), new DateOnly(2026, 11, 1)) };
        var payments = new[] { new Payment(1, "R1", new DateOnly(2026, 11, 5), Money.Dollars(400), PaymentSource.WageWithholding) };
        var today = new DateOnly(2026, 11, 22);

        var suggestions = AmountSuggestion.For(CaseLedger.Summarize(orders, payments, today), NextPaymentDue.After(orders, today));

        Assert.Equal([new AmountSuggestion(AmountSuggestionKind.NextMonth, Money.Dollars(400))], suggestions);
    }

    [Fact]
    public void Monthly_debits_keep_their_day_and_shorter_months_use_their_last_day() =>
        Assert.Equal(
            [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30)],
            RecurringDebitRules.ScheduledBetween(DebitFrequency.Monthly, new DateOnly(2027, 1, 31), new DateOnly(2026, 12, 1), new DateOnly(2027, 4, 30)));

    [Fact]
    public void Twice_monthly_debits_are_fifteen_days_apart_within_each_month() =>
        Assert.Equal(
            [new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 20)],
            RecurringDebitRules.ScheduledBetween(DebitFrequency.TwiceMonthly, new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 31)));

    [Fact]
    public void Weekly_and_fortnightly_debits_count_from_the_first_one_whatever_the_window()
    {
        Assert.Equal([new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 29)],
            RecurringDebitRules.ScheduledBetween(DebitFrequency.EveryTwoWeeks, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 31)));
        Assert.Equal([new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 15)],
            RecurringDebitRules.ScheduledBetween(DebitFrequency.Weekly, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public void Nothing_is_scheduled_before_the_first_debit() =>
        Assert.Empty(RecurringDebitRules.ScheduledBetween(DebitFrequency.Weekly, new DateOnly(2027, 1, 4), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 3)));

    [Fact]
    public void A_debit_due_on_a_weekend_or_holiday_runs_on_the_next_business_day()
    {
        Assert.Equal(new DateOnly(2026, 12, 28), RecurringDebitRules.RunsOn(new DateOnly(2026, 12, 25))); // Christmas, a Friday
        Assert.Equal(new DateOnly(2026, 11, 23), RecurringDebitRules.RunsOn(new DateOnly(2026, 11, 22))); // a Sunday
        Assert.Equal(new DateOnly(2026, 11, 24), RecurringDebitRules.RunsOn(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void A_failed_debit_is_tried_twice_more_three_business_days_apart()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), RecurringDebitRules.RetryOn(new DateOnly(2026, 11, 24), attempts: 1)); // over Thanksgiving
        Assert.Equal(new DateOnly(2026, 12, 3), RecurringDebitRules.RetryOn(new DateOnly(2026, 11, 30), attempts: 2));
        Assert.Null(RecurringDebitRules.RetryOn(new DateOnly(2026, 12, 3), attempts: 3));
    }

    [Fact]
    public void A_receipt_number_reads_out_in_two_groups_without_confusable_letters() =>
        Assert.Equal("W-0123-4567", OnlinePaymentReceipt.From([0, 1, 2, 3, 4, 5, 6, 7]));
}
