using Bogus;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Domain;

/// <summary>Rules that hold for any payment history, checked on a few hundred random ones.</summary>
public class CaseLedgerInvariantTests
{
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 300).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Balance_is_this_months_support_plus_arrears_and_never_both_owed_and_in_credit(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var order = LedgerFakers.Orders(seed).Generate();
        var payments = LedgerFakers.Payments(seed, order.StartDate).Generate(faker.Random.Int(0, 40));
        var asOf = faker.Date.BetweenDateOnly(order.StartDate, new DateOnly(2026, 12, 31));

        var summary = CaseLedger.Summarize([order], payments, asOf);

        var accrued = order.MonthlyAmount * order.InstallmentsDueThrough(asOf);
        var paid = payments.Where(p => p.Counts && p.ReceivedOn <= asOf).Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        Assert.Equal(summary.CurrentSupportDue + summary.Arrears, summary.Balance);
        Assert.Equal(accrued - paid, summary.Balance - summary.Credit);
        Assert.True(summary.Balance == Money.Zero || summary.Credit == Money.Zero);
        Assert.True(summary.Arrears >= Money.Zero && summary.CurrentSupportDue >= Money.Zero);
        Assert.True(summary.CurrentSupportDue <= order.InstallmentDueInMonthOf(asOf));
        Assert.Equal(paid, summary.TotalPaid);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Arrears_are_all_that_is_owed_but_this_months_unpaid_installment_across_modifications(int seed)
    {
        var (orders, payments, asOf) = LedgerFakers.History(seed);

        var summary = CaseLedger.Summarize(orders, payments, asOf);

        // The closed form, month-blind: this month's payments meet this month's installment first, anything
        // paid ahead before it does too, and whatever else is owed is arrears.
        var counted = payments.Where(p => p.Counts && p.ReceivedOn <= asOf).ToList();
        var owed = orders.Aggregate(Money.Zero, (sum, o) => sum + o.MonthlyAmount * o.InstallmentsDueThrough(asOf))
            - counted.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        var installment = orders.Aggregate(Money.Zero, (sum, o) => sum + o.InstallmentDueInMonthOf(asOf));
        var paidThisMonth = counted.Where(p => p.ReceivedOn.Year == asOf.Year && p.ReceivedOn.Month == asOf.Month)
            .Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        var current = Money.Min(Money.Max(Money.Zero, installment - paidThisMonth), Money.Max(Money.Zero, owed));
        Assert.Equal(current, summary.CurrentSupportDue);
        Assert.Equal(Money.Max(Money.Zero, owed) - current, summary.Arrears);
        Assert.Equal(Money.Max(Money.Zero, -owed), summary.Credit);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_statement_closes_on_the_ledgers_arrears_and_every_month_adds_up(int seed)
    {
        var (orders, payments, asOf) = LedgerFakers.History(seed);

        var statement = CaseStatement.For(orders, payments, asOf);

        Assert.Equal(CaseLedger.Summarize(orders, payments, asOf).Arrears, statement.ClosingArrears);
        StatementChecks.AddsUp(statement, orders, payments);
    }
}
