using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Domain.Cases;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>A parent reaches only their own cases; any other case answers exactly as a case that does not exist.</summary>
public sealed class DashboardAccessTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task A_parent_sees_their_own_case()
    {
        var (status, main) = await PageAsync($"dashboard?case={DashboardCases.Arrears.Digits}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("900-000-001", main, StringComparison.Ordinal);
        Assert.Contains("Mateo V.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Vargas", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_parents_case_by_address_looks_exactly_like_a_case_that_does_not_exist()
    {
        var other = await PageAsync($"dashboard?case={DashboardCases.Empty.Digits}");
        var missing = await PageAsync($"dashboard?case={DashboardCases.Nonexistent.Digits}");
        var malformed = await PageAsync("dashboard?case=12345");

        Assert.Equal(missing, other);
        Assert.Equal(missing, malformed);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("Case not found", missing.Main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_parents_payments_download_is_the_same_404_as_no_case()
    {
        using var client = portal.ClientFor(DashboardCases.Parent);

        using var own = await client.GetAsync($"dashboard/payments.csv?case={DashboardCases.Arrears.Digits}");
        using var other = await client.GetAsync($"dashboard/payments.csv?case={DashboardCases.Empty.Digits}");
        using var missing = await client.GetAsync($"dashboard/payments.csv?case={DashboardCases.Nonexistent.Digits}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(MainOf(await missing.Content.ReadAsStringAsync()), MainOf(await other.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("en-US", "Date received,Amount,Source,Status,Date sent to the receiving parent,Receipt", "2026-10-02,500.00,Direct payment,Reversed,,T-0003", "2026-09-10,300.00,Direct payment,Received,,T-0002")]
    [InlineData("es-US", "Fecha de recibo,Monto,Origen,Estado,Fecha de envío al padre o madre que recibe,Recibo", "2026-10-02,500.00,Pago directo,Revertido,,T-0003", "2026-09-10,300.00,Pago directo,Recibido,,T-0002")]
    public async Task The_download_says_what_the_dashboard_says_in_the_parents_language_with_dates_and_amounts_a_spreadsheet_reads(
        string language, string header, string newer, string older)
    {
        using var client = portal.ClientFor(DashboardCases.Parent);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var bytes = await client.GetByteArrayAsync($"dashboard/payments.csv?case={DashboardCases.Arrears.Digits}&from=2026-09-01&to=2026-10-31");

        // The byte order mark lets Excel read the accents as UTF-8.
        Assert.Equal(System.Text.Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal([header, newer, older], System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("from=0001-01-01")]
    [InlineData("to=9999-12-31")]
    [InlineData("from=2026-10-31&to=2026-09-01")]
    public async Task A_download_asked_for_an_impossible_range_is_refused_as_a_bad_request(string range)
    {
        using var client = portal.ClientFor(DashboardCases.Parent);

        using var response = await client.GetAsync($"dashboard/payments.csv?case={DashboardCases.Arrears.Digits}&{range}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1900-01-01", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_print_view_asked_for_an_impossible_range_prints_all_dates()
    {
        var page = await PageAsync($"dashboard/payments/print?case={DashboardCases.Arrears.Digits}&from=2026-09-01&to=9999-12-31");

        Assert.Contains("T-0004", page.Main, StringComparison.Ordinal);
        Assert.Contains("T-0001", page.Main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_parents_print_view_looks_exactly_like_a_case_that_does_not_exist()
    {
        var own = await PageAsync($"dashboard/payments/print?case={DashboardCases.Arrears.Digits}");
        var other = await PageAsync($"dashboard/payments/print?case={DashboardCases.Empty.Digits}");
        var missing = await PageAsync($"dashboard/payments/print?case={DashboardCases.Nonexistent.Digits}");

        Assert.Contains("T-0004", own.Main, StringComparison.Ordinal);
        Assert.Equal(missing, other);
    }

    [Fact]
    public async Task Without_a_case_in_the_address_the_first_case_is_shown()
    {
        var (status, main) = await PageAsync("dashboard");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("900-000-001", main, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Main)> PageAsync(string path)
    {
        using var client = portal.ClientFor(DashboardCases.Parent);
        using var response = await client.GetAsync(path);
        return (response.StatusCode, MainOf(await response.Content.ReadAsStringAsync()));
    }

    private static string MainOf(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        // Blazor's markers (comments) differ per request by design; what a person sees is the text and markup.
        foreach (var comment in document.Descendants<IComment>().ToList()) comment.Remove();
        return document.QuerySelector("main")?.InnerHtml ?? "";
    }
}
