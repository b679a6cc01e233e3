using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

/// <summary>What every statement must satisfy, whatever the history: shared by the random and the seeded checks.</summary>
internal static class StatementChecks
{
    public static void AddsUp(CaseStatement statement, IReadOnlyList<SupportOrder> orders, IReadOnlyList<Payment> payments)
    {
        LedgerMonth? previous = null;
        foreach (var month in statement.Months.Select(m => m.Figures))
        {
            // Each month starts where the last one ended, its unpaid support now arrears.
            Assert.Equal(previous is null ? Money.Zero : previous.ClosingArrears + previous.SupportUnpaid, month.OpeningArrears);
            Assert.Equal(previous?.ClosingCredit ?? Money.Zero, month.OpeningCredit);
            Assert.Equal(orders.Aggregate(Money.Zero, (sum, o) => sum + o.InstallmentDueInMonthOf(month.Month)), month.SupportDue);

            var toCurrent = month.Payments.Aggregate(Money.Zero, (sum, a) => sum + a.ToCurrent);
            var toArrears = month.Payments.Aggregate(Money.Zero, (sum, a) => sum + a.ToArrears);
            var toCredit = month.Payments.Aggregate(Money.Zero, (sum, a) => sum + a.ToCredit);
            Assert.All(month.Payments, a => Assert.Equal(a.Payment.Amount, a.ToCurrent + a.ToArrears + a.ToCredit));
            Assert.All(month.Payments, a => Assert.True(a.Payment.Counts && a.ToCurrent >= Money.Zero && a.ToArrears >= Money.Zero && a.ToCredit >= Money.Zero));
            Assert.Equal(month.SupportDue - month.CreditApplied - toCurrent, month.SupportUnpaid);
            Assert.Equal(month.OpeningArrears - toArrears, month.ClosingArrears);
            Assert.Equal(month.OpeningCredit - month.CreditApplied + toCredit, month.ClosingCredit);
            // Credit only builds once nothing is owed, and never sits beside arrears.
            Assert.True(month.ClosingCredit == Money.Zero || month.ClosingArrears + month.SupportUnpaid == Money.Zero);
            previous = month;
        }

        var counted = payments.Where(p => p.Counts && p.ReceivedOn <= statement.AsOf).ToList();
        Assert.Equal(counted.Count, statement.Months.Sum(m => m.Figures.Payments.Count));
        Assert.Equal(payments.Count(p => !p.Counts && p.ReceivedOn <= statement.AsOf),
            statement.Months.Sum(m => m.Explanations.Count(e => e is StatementExplanation.PaymentReversed)));
    }
}
