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
}
