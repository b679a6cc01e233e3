using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Csv;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The payment history as CSV for download: invariant formats (ISO dates, amounts with a dot and no currency
/// sign) so a spreadsheet in any language reads it, and the column names, sources and statuses in the words the
/// dashboard shows, in the request's language (a parent opens the file, not the case system).
/// </summary>
public static class PaymentHistoryCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] HeaderKeys = ["ColumnReceivedOn", "ColumnAmount", "ColumnSource", "ColumnStatus", "ColumnDisbursedOn", "ColumnReceipt"];

    /// <summary>The first line: the dashboard's column names in the current language.</summary>
    public static string Header(IStringLocalizer<DashboardText> text) =>
        string.Join(',', HeaderKeys.Select(key => CsvField.Escape(text[key].Value)));

    public static string Write(IEnumerable<PaymentRow> payments, IStringLocalizer<DashboardText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var csv = new StringBuilder().Append(Header(text)).Append("\r\n");
        foreach (var p in payments)
        {
            csv.Append(DashboardFormat.IsoDate(p.ReceivedOn)).Append(',')
               .Append(p.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
               .Append(CsvField.Escape(text[$"Source_{p.Source}"].Value)).Append(',')
               .Append(CsvField.Escape(text[$"PaymentStatus_{p.Status}"].Value)).Append(',')
               .Append(p.DisbursedOn is { } disbursed ? DashboardFormat.IsoDate(disbursed) : string.Empty).Append(',')
               .Append(CsvField.Escape(p.ReceiptNumber)).Append("\r\n"); // from the case system: defused and quoted
        }
        return csv.ToString();
    }

    /// <summary>The download of a case's payments in a range, as the parent's and the staff endpoints answer it.</summary>
    /// <remarks>With a byte order mark: without one, Excel on Windows reads the file in the PC's code page and garbles "Retención".</remarks>
    public static IResult File(Portal.Domain.Cases.CaseNumber caseNumber, PaymentQuery query, IEnumerable<PaymentRow> payments, IStringLocalizer<DashboardText> text) =>
        Results.File([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Write(payments, text))], ContentType, FileName(caseNumber, query));

    public static string FileName(Portal.Domain.Cases.CaseNumber caseNumber, PaymentQuery query) =>
        $"payments-{caseNumber.Digits}{(query.From is { } from ? "-from-" + DashboardFormat.IsoDate(from) : "")}{(query.To is { } to ? "-to-" + DashboardFormat.IsoDate(to) : "")}.csv";
}
