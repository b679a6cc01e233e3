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

    private static decimal Amount(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string value) => value.Length == 0 ? null : DateOnly.Parse(value, CultureInfo.InvariantCulture);
}
