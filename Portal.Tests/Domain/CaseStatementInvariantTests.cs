using Bogus;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Domain;

/// <summary>The statement adds up, month by month, and closes on the dashboard's arrears, for any history.</summary>
public class CaseStatementInvariantTests
{
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 300).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_statement_closes_on_the_ledgers_arrears_and_every_month_adds_up(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var orders = LedgerFakers.OrderHistory(seed);
        var payments = LedgerFakers.Payments(seed, orders[0].StartDate.AddMonths(-2)).Generate(faker.Random.Int(0, 40));
        var asOf = faker.Date.BetweenDateOnly(orders[0].StartDate, new DateOnly(2026, 12, 31));

        var statement = CaseStatement.For(orders, payments, asOf);
        var summary = CaseLedger.Summarize(orders, payments, asOf);

        Assert.Equal(summary.Arrears, statement.ClosingArrears);
        StatementChecks.AddsUp(statement, orders, payments);
    }
}
