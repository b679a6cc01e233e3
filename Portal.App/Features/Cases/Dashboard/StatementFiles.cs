using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Csv;
using Portal.App.Infrastructure.Pdf;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Dashboard;

/// <summary>
/// One month of a case's statement to download: a PDF with the figures, the sentences and the payments as applied, and
/// a CSV of the same sentences with their amounts (ISO dates and plain amounts, so any spreadsheet reads it; the words
/// in the parent's language). Both are made on request from the ledger, never stored.
/// </summary>
public sealed class StatementFiles(StatementWords words, IStringLocalizer<PaymentTrackerText> text, IStringLocalizer<DashboardText> dashboard)
{
    public PdfContent Pdf(CaseStatementView view, StatementMonth month)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(month);
        var caseText = DashboardFormat.CaseNumberForReading(view.CaseNumber);
        var blocks = new List<PdfBlock>
        {
            new PdfBlock.Fields([.. words.Figures(month).Select(f => new PdfField(f.Label, DashboardFormat.Money(f.Amount)))]),
            new PdfBlock.Heading(text["WhatChanged"]),
        };
        blocks.AddRange(month.Explanations.Select(r => new PdfBlock.Paragraph(words.Sentence(r))));
        if (month.Adjustments.Count == 0) blocks.Add(new PdfBlock.Paragraph(text["NoAdjustments"]));
        if (month.Figures.Payments.Count > 0)
        {
            blocks.Add(new PdfBlock.Heading(text["Figure_Paid"]));
            blocks.Add(new PdfBlock.Table(
                [
                    new PdfColumn(dashboard["ColumnReceivedOn"], 0.22), new PdfColumn(dashboard["ColumnReceipt"], 0.2),
                    new PdfColumn(dashboard["ColumnAmount"], 0.14, AlignRight: true), new PdfColumn(text["Part_Current", ""].Value.Trim(), 0.16, AlignRight: true),
                    new PdfColumn(text["Part_Arrears", ""].Value.Trim(), 0.14, AlignRight: true), new PdfColumn(text["Part_Credit", ""].Value.Trim(), 0.14, AlignRight: true),
                ],
                [.. month.Figures.Payments.Select(a => (IReadOnlyList<string>)[
                    words.Date(a.Payment.ReceivedOn), a.Payment.ReceiptNumber, DashboardFormat.Money(a.Payment.Amount),
                    DashboardFormat.Money(a.ToCurrent), DashboardFormat.Money(a.ToArrears), DashboardFormat.Money(a.ToCredit)])]));
        }
        return new PdfContent(text["StatementPdfTitle"], $"{words.MonthName(month.Month)} · {text["StatementCase", caseText]}", blocks, text["StatementPdfFooter", caseText])
        {
            PageLabel = text["PageNOfM"],
            Language = CultureInfo.CurrentUICulture.Name,
        };
    }

    public string Csv(StatementMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        var csv = new StringBuilder()
            .Append(CsvField.Escape(text["CsvDate"])).Append(',').Append(CsvField.Escape(text["CsvItem"])).Append(',').Append(CsvField.Escape(text["CsvAmount"])).Append("\r\n");
        foreach (var reason in month.Explanations)
        {
            Line(csv, DateOf(reason, month), words.Sentence(reason), StatementWords.AmountOf(reason));
        }
        foreach (var (label, amount) in words.Figures(month))
        {
            Line(csv, month.Through, label, amount);
        }
        return csv.ToString();
    }

    public static string FileName(CaseStatementView view, StatementMonth month, string extension) =>
        $"statement-{view.CaseNumber.Digits}-{StatementMonths.Key(month.Month)}.{extension}";

    /// <summary>A statement file: not kept by the browser or a proxy (it holds a family's money).</summary>
    public static IResult Download(byte[] content, string contentType, string fileName, HttpResponse response)
    {
        response.Headers[HeaderNames.CacheControl] = "no-store";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.File(content, contentType, fileName);
    }

    private static void Line(StringBuilder csv, DateOnly date, string item, Money amount) =>
        csv.Append(DashboardFormat.IsoDate(date)).Append(',').Append(CsvField.Escape(item)).Append(',')
            .Append(amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append("\r\n");

    /// <summary>The day a sentence is about: a payment's receipt, an order's date, else the month's first (or last, for what it ends with).</summary>
    private static DateOnly DateOf(StatementExplanation reason, StatementMonth month) => reason switch
    {
        StatementExplanation.PaymentApplied r => r.ReceivedOn,
        StatementExplanation.PaymentReversed r => r.ReceivedOn,
        StatementExplanation.OrderChanged r => r.On,
        StatementExplanation.OrderStarted r => r.FirstDueOn,
        StatementExplanation.OrderEnded r => r.EndedOn,
        StatementExplanation.SupportDue r => r.DueOn,
        StatementExplanation.SupportUnpaid or StatementExplanation.CreditCarried => month.Through,
        _ => month.Month,
    };
}
