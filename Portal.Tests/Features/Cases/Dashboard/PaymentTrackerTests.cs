using System.Net;
using AngleSharp.Html.Parser;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>
/// "Where is my money?" and "Why my balance changed", over HTTP as the parents of <see cref="DashboardCases"/> see
/// them (the clock stands at Sunday 2026-11-22): Rosa receives support on Arrears, Mateo pays it.
/// </summary>
public sealed class PaymentTrackerTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task A_payment_not_sent_on_within_2_business_days_shows_each_stage_how_it_was_applied_and_that_it_is_late()
    {
        var (status, text) = await PageAsync(DashboardCases.Parent, "dashboard/payments/T-0002");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Payment of $300.00 received Sep 10, 2026", text, StringComparison.Ordinal);
        Assert.Contains("Received by the state Done Sep 10, 2026", text, StringComparison.Ordinal);
        Assert.Contains("$300.00 to this month's support.", text, StringComparison.Ordinal);
        // Received on Thursday 10 September: due out by Monday the 14th, and not sent by 22 November.
        Assert.Contains("Sent to the family Late It should have been sent by Sep 14, 2026.", text, StringComparison.Ordinal);
        Assert.Contains("This payment is late", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_sent_on_the_receiving_parent_sees_how_and_to_which_account_and_the_paying_parent_only_that_it_was_passed_on()
    {
        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "T-0004", new DateOnly(2026, 11, 3), 200m, PaymentSource.WageWithholding,
            PaymentStatus.Disbursed, new DateOnly(2026, 11, 5)) { DisbursementMethod = DisbursementMethod.DebitCard, DisbursedToLast4 = "0042" });

        var (_, receiving) = await PageAsync(DashboardCases.Parent, "dashboard/payments/T-0004");
        var (_, paying) = await PageAsync(DashboardCases.OtherParent, "dashboard/payments/T-0004");
        var (_, spanish) = await PageAsync(DashboardCases.Parent, "dashboard/payments/T-0004", "es-US");

        Assert.Contains("Sent to you on Nov 5, 2026 by debit card to the account ending 0042.", receiving, StringComparison.Ordinal);
        Assert.Contains("Passed on to the other parent on Nov 5, 2026.", paying, StringComparison.Ordinal);
        Assert.DoesNotContain("0042", paying, StringComparison.Ordinal);
        Assert.Contains($"Enviado a usted el {Es(2026, 11, 5)} por tarjeta de débito a la cuenta que termina en 0042.", spanish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_payment_says_it_does_not_count()
    {
        var (_, text) = await PageAsync(DashboardCases.OtherParent, "dashboard/payments/T-0003");

        Assert.Contains("This payment was returned", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Applied to the case", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_cases_payment_looks_exactly_like_a_receipt_that_does_not_exist()
    {
        var other = await PageAsync(DashboardCases.Stranger, "dashboard/payments/T-0002");
        var missing = await PageAsync(DashboardCases.Stranger, "dashboard/payments/NO-SUCH-RECEIPT");

        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(missing, other);
        Assert.Contains("We can't find this payment", other.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statement_explains_a_month_in_sentences_whose_figures_add_up()
    {
        var (status, text) = await PageAsync(DashboardCases.Parent, $"dashboard/statement?case={DashboardCases.Arrears.Digits}&month=2026-09");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("September 2026", text, StringComparison.Ordinal);
        Assert.Contains("$500.00 of support was due on Sep 1, 2026.", text, StringComparison.Ordinal);
        Assert.Contains("A payment of $300.00 was received on Sep 10, 2026 (receipt T-0002): $300.00 to this month's support.", text, StringComparison.Ordinal);
        Assert.Contains("$200.00 of this month's support was not paid, so it was added to arrears at the end of the month.", text, StringComparison.Ordinal);
        Assert.Contains("Arrears at the end of the month $200.00", text, StringComparison.Ordinal);
        Assert.Contains("There were no adjustments this month.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_latest_month_closes_on_the_arrears_the_dashboard_shows_in_both_languages()
    {
        var (_, english) = await PageAsync(DashboardCases.Parent, $"dashboard/statement?case={DashboardCases.Arrears.Digits}");
        var (_, spanish) = await PageAsync(DashboardCases.Parent, $"dashboard/statement?case={DashboardCases.Arrears.Digits}", "es-US");

        // $2,000 due to November, $1,000 counted: $700 arrears and $300 of November still due (DashboardCases).
        Assert.Contains("Arrears on Nov 22, 2026 $700.00", english, StringComparison.Ordinal);
        Assert.Contains("Still due this month $300.00", english, StringComparison.Ordinal);
        Assert.Contains($"Atrasos al {Es(2026, 11, 22)} $700.00", spanish, StringComparison.Ordinal);
        Assert.Contains($"Un pago de $500.00 recibido el {Es(2026, 10, 2)} (recibo T-0003) fue devuelto", (await PageAsync(DashboardCases.Parent, $"dashboard/statement?case={DashboardCases.Arrears.Digits}&month=2026-10", "es-US")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_downloads_as_a_pdf_and_a_csv_saying_the_same_and_another_parents_case_is_not_found()
    {
        using var client = portal.ClientFor(DashboardCases.Parent);
        var query = $"?case={DashboardCases.Arrears.Digits}&month=2026-09";

        using var pdf = await client.GetAsync("dashboard/statement.pdf" + query);
        using var csv = await client.GetAsync("dashboard/statement.csv" + query);
        using var stranger = portal.ClientFor(DashboardCases.Stranger);
        using var notTheirs = await stranger.GetAsync("dashboard/statement.pdf" + query);
        using var noMonth = await client.GetAsync($"dashboard/statement.csv?case={DashboardCases.Arrears.Digits}&month=2019-01");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.True(pdf.Headers.CacheControl?.NoStore);
        Assert.Equal($"statement-{DashboardCases.Arrears.Digits}-2026-09.pdf", pdf.Content.Headers.ContentDisposition?.FileName);
        var pdfText = System.Text.RegularExpressions.Regex.Replace(PdfText.Extract(await pdf.Content.ReadAsByteArrayAsync()), @"\s+", " ");
        Assert.Contains("Monthly statement", pdfText, StringComparison.Ordinal);
        Assert.Contains("(receipt T-0002): $300.00 to this month's support.", pdfText, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", pdfText, StringComparison.Ordinal);

        var lines = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date,What happened,Amount", lines[0]);
        Assert.Contains("2026-09-10,A payment of $300.00 was received on Sep 10, 2026 (receipt T-0002): $300.00 to this month's support.,300.00", lines.Select(l => l.Replace("\"", "", StringComparison.Ordinal)));
        Assert.Contains("2026-09-30,Arrears at the end of the month,200.00", lines);

        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noMonth.StatusCode);
    }

    [Fact]
    public async Task The_receiving_parents_dashboard_links_each_receipt_to_its_tracker_and_says_sent_to_you()
    {
        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "T-0001", new DateOnly(2026, 8, 5), 500m, PaymentSource.WageWithholding,
            PaymentStatus.Disbursed, new DateOnly(2026, 8, 6)));

        using var client = portal.ClientFor(DashboardCases.Parent);
        var html = await client.GetStringAsync($"dashboard?case={DashboardCases.Arrears.Digits}");
        var row = new HtmlParser().ParseDocument(html).QuerySelectorAll("tr").Single(r => r.TextContent.Contains("T-0001", StringComparison.Ordinal));

        Assert.Equal("/dashboard/payments/T-0001", row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("Sent to you", row.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A date as the Spanish pages write it (the dashboard's "d MMM yyyy").</summary>
    private static string Es(int year, int month, int day) =>
        new DateOnly(year, month, day).ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("es-US"));

    private async Task<(HttpStatusCode Status, string Text)> PageAsync(string personId, string path, string language = "en-US")
    {
        using var client = portal.ClientFor(personId);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.GetAsync(path);
        var main = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("main");
        // What a person reads: the text, with runs of white space as one space.
        return (response.StatusCode, System.Text.RegularExpressions.Regex.Replace(main?.TextContent ?? "", @"\s+", " ").Trim());
    }
}
