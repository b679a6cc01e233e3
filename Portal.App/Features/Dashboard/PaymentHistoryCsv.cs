using System.Globalization;
using System.Text;
using Portal.App.Infrastructure.Csv;

namespace Portal.App.Features.Dashboard;

/// <summary>
/// The payment history as CSV for download: invariant formats (ISO dates, amounts with a dot and no currency
/// sign) so a spreadsheet in any language reads it, and English column names from the case system's vocabulary.
/// </summary>
public static class PaymentHistoryCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public const string Header = "ReceivedOn,Amount,Source,Status,DisbursedOn,ReceiptNumber";

    public static string Write(IEnumerable<PaymentRow> payments)
    {
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var p in payments)
        {
            csv.Append(DashboardFormat.IsoDate(p.ReceivedOn)).Append(',')
               .Append(p.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
               .Append(p.Source).Append(',')
               .Append(p.Status).Append(',')
               .Append(p.DisbursedOn is { } disbursed ? DashboardFormat.IsoDate(disbursed) : string.Empty).Append(',')
               .Append(CsvField.Escape(p.ReceiptNumber)).Append("\r\n"); // from the case system: defused and quoted
        }
        return csv.ToString();
    }

    /// <summary>The download of a case's payments in a range, as the parent's and the staff endpoints answer it.</summary>
    public static IResult File(Portal.Domain.Cases.CaseNumber caseNumber, PaymentQuery query, IEnumerable<PaymentRow> payments) =>
        Results.File(Encoding.UTF8.GetBytes(Write(payments)), ContentType, FileName(caseNumber, query));

    public static string FileName(Portal.Domain.Cases.CaseNumber caseNumber, PaymentQuery query) =>
        $"payments-{caseNumber.Digits}{(query.From is { } from ? "-from-" + DashboardFormat.IsoDate(from) : "")}{(query.To is { } to ? "-to-" + DashboardFormat.IsoDate(to) : "")}.csv";
}
