using System.Globalization;
using Portal.App.Infrastructure.CaseSystem;
using Portal.Domain.Cases;
using Portal.Domain.CaseSystem;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Domain;

/// <summary>Every seeded case's statement closes on the arrears its dashboard shows (the seed files, read as the app maps them).</summary>
public class SeededCaseStatementTests
{
    // The seed's as-of date, and a later day when every case has months due since its last payment.
    [Theory]
    [InlineData("2026-11-01")]
    [InlineData("2026-12-06")]
    public void Every_seeded_cases_statement_closes_on_its_dashboard_arrears(string day)
    {
        var asOf = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var orders = SeedCsv.Rows("support-orders.csv").ToLookup(r => r["CaseNumber"], r => new SupportOrder(
            Money.Dollars(Amount(r["MonthlyAmount"])), DateOnly.Parse(r["StartDate"], CultureInfo.InvariantCulture), OptionalDate(r["EndDate"])));
        var payments = SeedCsv.Rows("payments.csv").ToLookup(r => r["CaseNumber"], r => CaseSystemMapper.ToPayment(new PaymentRecord(
            r["CaseNumber"], r["ReceiptNumber"], DateOnly.Parse(r["ReceivedOn"], CultureInfo.InvariantCulture), Amount(r["Amount"]),
            r["Source"], r["Status"], OptionalDate(r["DisbursedOn"])), caseId: 0));
        var cases = SeedCsv.Column("cases.csv", "CaseNumber").ToList();

        var disagreeing = new List<string>();
        foreach (var caseNumber in cases)
        {
            var caseOrders = orders[caseNumber].ToList();
            var casePayments = payments[caseNumber].ToList();
            var statement = CaseStatement.For(caseOrders, casePayments, asOf);
            var arrears = CaseLedger.Summarize(caseOrders, casePayments, asOf).Arrears;
            if (statement.ClosingArrears != arrears) disagreeing.Add($"{caseNumber}: statement {statement.ClosingArrears.Amount}, ledger {arrears.Amount}");
            StatementChecks.AddsUp(statement, caseOrders, casePayments);
        }

        Assert.Equal(SeedCsv.RowCount("cases.csv"), cases.Count);
        Assert.Empty(disagreeing);
        // The seed has cases in arrears, so the check above is not vacuous.
        Assert.Contains(cases, c => CaseLedger.Summarize(orders[c], payments[c], asOf).Arrears > Money.Zero);
    }

    [Fact]
    public void Every_seeded_payments_exported_allocation_is_how_the_ledger_applies_it_and_every_one_sent_on_says_how()
    {
        var asOf = new DateOnly(2026, 11, 1);
        var orders = SeedCsv.Rows("support-orders.csv").ToLookup(r => r["CaseNumber"], r => new SupportOrder(
            Money.Dollars(Amount(r["MonthlyAmount"])), DateOnly.Parse(r["StartDate"], CultureInfo.InvariantCulture), OptionalDate(r["EndDate"])));
        var rows = SeedCsv.Rows("payments.csv").ToList();
        var payments = rows.ToLookup(r => r["CaseNumber"], r => CaseSystemMapper.ToPayment(new PaymentRecord(
            r["CaseNumber"], r["ReceiptNumber"], DateOnly.Parse(r["ReceivedOn"], CultureInfo.InvariantCulture), Amount(r["Amount"]),
            r["Source"], r["Status"], OptionalDate(r["DisbursedOn"]), OptionalDate(r["AppliedOn"]), OptionalAmount(r["AppliedToCurrent"]),
            OptionalAmount(r["AppliedToArrears"]), r["DisbursementMethod"], r["DisbursedToLast4"]), caseId: 0));

        var disagreeing = new List<string>();
        foreach (var group in payments)
        {
            foreach (var applied in CaseLedger.Months(orders[group.Key], group, asOf).SelectMany(m => m.Payments))
            {
                var p = applied.Payment;
                if (p.AppliedOn != p.ReceivedOn || p.AppliedToCurrent != applied.ToCurrent || p.AppliedToArrears != applied.ToArrears)
                {
                    disagreeing.Add($"{p.ReceiptNumber}: exported {p.AppliedToCurrent.Amount} + {p.AppliedToArrears.Amount}, ledger {applied.ToCurrent.Amount} + {applied.ToArrears.Amount}");
                }
            }
        }

        Assert.Empty(disagreeing);
        var all = payments.SelectMany(g => g).ToList();
        Assert.All(all.Where(p => p.Status == PaymentStatus.Disbursed), p => Assert.NotNull(p.DisbursementMethod));
        Assert.All(all.Where(p => p.Status == PaymentStatus.Reversed), p => Assert.Null(p.AppliedOn));
        // Realistic timelines: most sent on in time, some late, and every way of being paid present.
        var sent = all.Where(p => p.Status == PaymentStatus.Disbursed).ToList();
        Assert.InRange(sent.Count(p => DisbursementDue.IsLate(p, asOf)), 1, sent.Count / 2);
        Assert.Equal(Enum.GetValues<DisbursementMethod>().Length, sent.Select(p => p.DisbursementMethod).Distinct().Count());
    }

    private static decimal? OptionalAmount(string value) => value.Length == 0 ? null : Amount(value);

    private static decimal Amount(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string value) => value.Length == 0 ? null : DateOnly.Parse(value, CultureInfo.InvariantCulture);
}
