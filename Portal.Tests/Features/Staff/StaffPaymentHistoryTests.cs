using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>The staff case page's payment history download and print view: the case's payments for the range, each use audited.</summary>
public sealed class StaffPaymentHistoryTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    [Fact]
    public async Task A_caseworker_downloads_the_payments_of_the_range_and_the_download_is_audited_with_the_range()
    {
        var (caseNumber, from, to, expected) = await CaseWithRangeAsync();
        using var client = await SignedInClient.CreateAsync(portal.App, "caseworker", "Ocotillo#Desk26");

        using var response = await client.GetAsync(StaffEndpoints.PaymentsCsvUrl(caseNumber, PaymentQuery.Default with { From = from, To = to }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"payments-{caseNumber.Digits}-from-{from:yyyy-MM-dd}-to-{to:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date received,Amount,Source,Status,Date sent to the receiving parent,Receipt", lines[0]);
        Assert.Equal(expected, lines.Skip(1).Select(line => line.Split(',')[^1]));

        var entry = Assert.Single(await portal.AuditAsync(caseNumber: caseNumber.Digits));
        Assert.Equal(StaffAuditAction.PaymentHistoryDownloaded, entry.Action);
        Assert.Equal("caseworker", entry.StaffUserName);
        Assert.Equal($"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}; {expected.Count} payments", entry.Detail);
    }

    [Fact]
    public async Task The_print_view_lists_the_payments_of_the_range_and_each_opening_is_audited()
    {
        var (caseNumber, from, to, expected) = await CaseWithRangeAsync();
        using var client = await SignedInClient.CreateAsync(portal.App, "supervisor", "Mesquite#Review26");

        using var response = await client.GetAsync(StaffEndpoints.PaymentsPrintUrl(caseNumber, PaymentQuery.Default with { From = from, To = to }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal($"Payment history, case {DashboardFormat.CaseNumberForReading(caseNumber)}", document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(expected, document.QuerySelectorAll(".payment-printout__table tbody tr").Select(row => row.QuerySelectorAll("td")[^1].TextContent.Trim()));
        Assert.NotNull(document.QuerySelector("meta[name=robots][content='noindex, nofollow']"));

        var entry = Assert.Single(await portal.AuditAsync(caseNumber: caseNumber.Digits));
        Assert.Equal(StaffAuditAction.PaymentHistoryPrinted, entry.Action);
        Assert.Equal("supervisor", entry.StaffUserName);
        Assert.Equal($"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}; {expected.Count} payments", entry.Detail);

        // Without a range: every payment, and a second entry saying so.
        using var all = await client.GetAsync(StaffEndpoints.PaymentsPrintUrl(caseNumber, PaymentQuery.Default));
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var audit = await portal.AuditAsync(caseNumber: caseNumber.Digits);
        Assert.Equal(2, audit.Count);
        Assert.Equal($"all dates; {await PaymentCountAsync(caseNumber)} payments", audit[^1].Detail);
    }

    [Fact]
    public async Task A_case_number_no_case_has_answers_404_to_the_download_and_the_print_view_and_audits_nothing()
    {
        var unknown = CaseNumber.FromSerial(999_999_991);
        using var client = await SignedInClient.CreateAsync(portal.App, "caseworker", "Ocotillo#Desk26");

        using var csv = await client.GetAsync(StaffEndpoints.PaymentsCsvUrl(unknown, PaymentQuery.Default));
        using var print = await client.GetAsync(StaffEndpoints.PaymentsPrintUrl(unknown, PaymentQuery.Default));
        using var malformedCsv = await client.GetAsync("staff/cases/12345/payments.csv");
        using var malformedPrint = await client.GetAsync("staff/cases/12345/payments/print");

        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, print.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformedCsv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformedPrint.StatusCode);
        Assert.Contains("No case has this case number.", await print.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await portal.AuditAsync(caseNumber: unknown.Digits));
    }

    [Fact]
    public async Task A_parent_is_refused_the_staff_download_and_print_view_of_their_own_case_as_the_staff_area_refuses_them()
    {
        // eloisa.demo is a parent on this case: the staff addresses still are not theirs.
        const string ownCase = "8060961680";
        using var client = await SignedInClient.CreateAsync(portal.App, "eloisa.demo", "Saguaro#Blooms26");
        var before = (await portal.AuditAsync(caseNumber: ownCase)).Count;

        foreach (var path in new[] { $"staff/cases/{ownCase}/payments.csv", $"staff/cases/{ownCase}/payments/print" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/access-denied", response.Headers.Location?.AbsolutePath);
        }

        Assert.Equal(before, (await portal.AuditAsync(caseNumber: ownCase)).Count);
    }

    [Theory]
    [InlineData("from=0001-01-01")]
    [InlineData("to=9999-12-31")]
    [InlineData("from=2026-10-31&to=2026-09-01")]
    public async Task A_staff_download_of_an_impossible_range_is_a_bad_request_and_hands_out_nothing(string range)
    {
        var (caseNumber, _, _, _) = await CaseWithRangeAsync();
        using var client = await SignedInClient.CreateAsync(portal.App, "caseworker", "Ocotillo#Desk26");

        using var response = await client.GetAsync($"staff/cases/{caseNumber.Digits}/payments.csv?{range}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await portal.AuditAsync(caseNumber: caseNumber.Digits));
    }

    [Theory]
    [InlineData(null, null, "all dates; 3 payments")]
    [InlineData("2026-01-01", null, "from 2026-01-01; 3 payments")]
    [InlineData(null, "2026-06-30", "up to 2026-06-30; 3 payments")]
    public void The_audit_detail_says_which_end_of_the_range_was_open(string? from, string? to, string expected) =>
        Assert.Equal(expected, StaffPaymentHistory.Describe(new PaymentRange(PaymentRangeParameters.ParseDate(from), PaymentRangeParameters.ParseDate(to)), 3));

    /// <summary>
    /// A seeded case no other test touches with payments on at least 4 days, a range from its second oldest to its
    /// second newest payment date, and the receipts in it, newest first (the order of the dashboard).
    /// </summary>
    private async Task<(CaseNumber Case, DateOnly From, DateOnly To, List<string> Receipts)> CaseWithRangeAsync()
    {
        await using var db = await portal.DbAsync();
        for (var tries = 0; tries < 50; tries++)
        {
            var (caseNumber, _) = portal.NextParent();
            var caseId = await db.Cases.Where(c => c.Number == caseNumber).Select(c => c.Id).SingleAsync();
            var payments = (await db.Payments.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync())
                .OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id).ToList();
            var dates = payments.Select(p => p.ReceivedOn).Distinct().Order().ToList();
            if (dates.Count < 4) continue;
            var (from, to) = (dates[1], dates[^2]);
            return (caseNumber, from, to, payments.Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to).Select(p => p.ReceiptNumber).ToList());
        }
        throw new InvalidOperationException("the seed has no case with payments on 4 days among the parents tried");
    }

    private async Task<int> PaymentCountAsync(CaseNumber caseNumber)
    {
        await using var db = await portal.DbAsync();
        var caseId = await db.Cases.Where(c => c.Number == caseNumber).Select(c => c.Id).SingleAsync();
        return await db.Payments.CountAsync(p => p.CaseId == caseId);
    }
}
