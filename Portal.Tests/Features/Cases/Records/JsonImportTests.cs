using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Records;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Cases.Dashboard;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>JSON files are read entry by entry, as CSV files are: a large file is never held whole.</summary>
public sealed class JsonImportTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    private static readonly string Case = DashboardCases.Arrears.Digits;

    private string Today => Portal.Domain.ArizonaTime.From(portal.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_first_payment_of_a_large_json_file_reaches_the_dashboard_before_most_of_the_file_is_read()
    {
        // About 14 MB: one good payment, then 120,000 for no valid case (rejected without a database round trip).
        await using var file = new GeneratedStream(LargeFile("JSTREAM-0001", fillerRows: 120_000));
        long readWhenPublished = -1;
        using var _ = portal.Notifier.Subscribe(DashboardCases.Arrears, _ => { Interlocked.CompareExchange(ref readWhenPublished, file.BytesServed, -1); return Task.CompletedTask; });

        var report = await portal.Get<CaseRecordImporter>().ImportAsync(file, ImportFormat.Json, "large.json");

        Assert.Null(report.FileProblem);
        Assert.Equal(120_001, report.Rows.Count);
        Assert.Equal(ImportRowStatus.Accepted, report.Rows[0].Status);
        Assert.InRange(readWhenPublished, 1, file.BytesServed / 10);
    }

    [Fact]
    public async Task A_json_file_that_breaks_midway_keeps_the_rows_before_the_break_and_says_on_which_line_it_broke()
    {
        var json = "{\n  \"payments\": [\n"
            + Payment("JBREAK-0001") + ",\n"
            + Payment("JBREAK-0002") + ",\n"
            + "    { \"caseNumber\": \"" + Case + "\", \"receiptNumber\": \"JBREAK-0003\", \"amount\": 10,, }\n  ]\n}\n";

        var report = await ImportAsync(json);

        Assert.Equal([("payments", 1, ImportRowStatus.Accepted), ("payments", 2, ImportRowStatus.Accepted)], report.Rows.Select(r => (r.Section, r.Row, r.Status)));
        Assert.StartsWith("The file is not valid JSON (line 5).", report.FileProblem, StringComparison.Ordinal);
        Assert.Contains("rows before it were read", report.FileProblem, StringComparison.Ordinal);
        await using var db = await portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(2, await db.Payments.CountAsync(p => p.ReceiptNumber.StartsWith("JBREAK-")));
        Assert.DoesNotContain(await db.Payments.Select(p => p.ReceiptNumber).ToListAsync(), r => r == "JBREAK-0003");
    }

    [Fact]
    public async Task Sections_are_read_in_any_order_with_a_byte_order_mark_and_other_properties_skipped()
    {
        var json = "\uFEFF{ \"exportedBy\": { \"system\": \"ATLAS\", \"batches\": [1, 2, 3] }, \"caseActions\": [ { \"caseNumber\": \"" + Case
            + "\", \"externalId\": \"JORDER-A1\", \"occurredAt\": \"2026-11-20T10:15:00-07:00\", \"type\": \"NoticeSent\", \"description\": \"A notice.\" } ], "
            + "\"payments\": [ " + Payment("JORDER-P1") + ", " + Payment("JORDER-P2") + " ], \"note\": \"end\" }";

        var report = await ImportAsync(json);

        Assert.Null(report.FileProblem);
        Assert.Equal(
            [("caseActions", 1, ImportRowStatus.Accepted), ("payments", 1, ImportRowStatus.Accepted), ("payments", 2, ImportRowStatus.Accepted)],
            report.Rows.Select(r => (r.Section, r.Row, r.Status)));
    }

    [Theory]
    [InlineData("[ { \"payments\": [] } ]")]
    [InlineData("\"payments\"")]
    [InlineData("{ \"payments\": [] } { }")]
    [InlineData("")]
    public async Task A_file_that_is_not_one_json_object_is_reported_as_a_whole(string json)
    {
        var report = await ImportAsync(json);

        Assert.NotNull(report.FileProblem);
        Assert.Empty(report.Rows);
    }

    [Fact]
    public async Task An_entry_larger_than_a_megabyte_stops_the_file_with_its_own_reason()
    {
        var json = "{ \"payments\": [ { \"caseNumber\": \"" + Case + "\", \"description\": \"" + new string('x', CaseRecordImporter.MaxRowSize) + "\" } ] }";

        var report = await ImportAsync(json);

        Assert.Contains("larger than 1 MB", report.FileProblem, StringComparison.Ordinal);
    }

    private string Payment(string receipt) =>
        $$"""    { "caseNumber": "{{Case}}", "receiptNumber": "{{receipt}}", "receivedOn": "{{Today}}", "amount": 10.00, "source": "DirectPayment" }""";

    private IEnumerable<string> LargeFile(string firstReceipt, int fillerRows)
    {
        yield return "{\n  \"payments\": [\n" + Payment(firstReceipt);
        for (var i = 0; i < fillerRows; i++)
        {
            yield return ",\n" + string.Create(CultureInfo.InvariantCulture, $$"""    { "caseNumber": "1234", "receiptNumber": "JL{{i:D9}}", "receivedOn": "{{Today}}", "amount": 10.00, "source": "DirectPayment" }""");
        }
        yield return "\n  ]\n}\n";
    }

    private Task<ImportReport> ImportAsync(string json) =>
        portal.Get<CaseRecordImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), ImportFormat.Json, "test.json");
}
