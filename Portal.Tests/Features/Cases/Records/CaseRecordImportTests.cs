using System.Globalization;
using System.Text;
using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared;
using Portal.Tests.Features.Cases.Dashboard;

namespace Portal.Tests.Features.Cases.Records;

public sealed class CaseRecordImportTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    private static readonly string Case = DashboardCases.Arrears.Digits;

    [Fact]
    public async Task Good_rows_are_recorded_and_published_once_bad_rows_and_duplicates_are_reported_by_row()
    {
        var published = new List<CaseUpdate>();
        using var _ = portal.Notifier.Subscribe(DashboardCases.Arrears, u => { lock (published) published.Add(u); return Task.CompletedTask; });
        var json = $$"""
            {
              "payments": [
                { "caseNumber": "{{Case}}", "receiptNumber": "I-0001", "receivedOn": "2026-11-20", "amount": 250.00, "source": "WageWithholding" },
                { "caseNumber": "{{Case}}", "receiptNumber": "I-0002", "receivedOn": "20/11/2026", "amount": 10, "source": "DirectPayment" },
                { "caseNumber": "{{Case}}", "receiptNumber": "I-0003", "receivedOn": "2026-11-20", "amount": 10, "source": "Cash" },
                { "caseNumber": "{{DashboardCases.Nonexistent.Digits}}", "receiptNumber": "I-0004", "receivedOn": "2026-11-20", "amount": 10, "source": "DirectPayment" },
                { "caseNumber": "{{Case}}", "receiptNumber": "I-0001", "receivedOn": "2026-11-20", "amount": 250.00, "source": "WageWithholding" }
              ],
              "caseActions": [
                { "caseNumber": "{{Case}}", "externalId": "IA-0001", "occurredAt": "2026-11-20T10:15:00-07:00", "type": "NoticeSent", "description": "A notice was mailed." },
                { "caseNumber": "{{Case}}", "externalId": "IA-0002", "occurredAt": "2026-11-20T10:15:00-07:00", "type": "Party", "description": "?" }
              ]
            }
            """;

        var report = await ImportAsync(json, ImportFormat.Json);

        Assert.Null(report.FileProblem);
        Assert.Equal(
            [
                ("payments", 1, ImportRowStatus.Accepted),
                ("payments", 2, ImportRowStatus.Rejected),
                ("payments", 3, ImportRowStatus.Rejected),
                ("payments", 4, ImportRowStatus.Rejected),
                ("payments", 5, ImportRowStatus.Duplicate),
                ("caseActions", 1, ImportRowStatus.Accepted),
                ("caseActions", 2, ImportRowStatus.Rejected),
            ],
            report.Rows.Select(r => (r.Section, r.Row, r.Status)));
        Assert.Contains("ReceivedOn", report.Rows[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Source", report.Rows[2].Reason, StringComparison.Ordinal);
        Assert.Contains("No case", report.Rows[3].Reason, StringComparison.Ordinal);
        Assert.Equal([CaseUpdateKind.PaymentRecorded, CaseUpdateKind.CaseActionRecorded], published.Select(u => u.Kind));
    }

    [Fact]
    public async Task Importing_the_same_file_again_records_and_publishes_nothing()
    {
        var csv = $"CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source,Status,DisbursedOn\r\n{Case},I-0101,2026-11-19,75.50,DirectPayment,Received,\r\n";
        await ImportAsync(csv, ImportFormat.PaymentsCsv);
        var published = 0;
        using var _ = portal.Notifier.Subscribe(DashboardCases.Arrears, _ => { published++; return Task.CompletedTask; });

        var again = await ImportAsync(csv, ImportFormat.PaymentsCsv);

        Assert.Equal(ImportRowStatus.Duplicate, Assert.Single(again.Rows).Status);
        Assert.Equal(0, published);
    }

    [Fact]
    public async Task Csv_rows_are_reported_by_their_line_in_the_file()
    {
        var csv = "CaseNumber,ExternalId,OccurredAt,Type,Description\n"
            + $"{Case},IA-0201,2026-11-19T08:00:00-07:00,DocumentReceived,\"We received proof of income, signed.\"\n"
            + $"{Case},,2026-11-19T08:00:00-07:00,DocumentReceived,No id\n"
            + $"{Case},IA-0203,yesterday,DocumentReceived,Bad time\n";

        var report = await ImportAsync(csv, ImportFormat.CaseActionsCsv);

        Assert.Equal([(2, ImportRowStatus.Accepted), (3, ImportRowStatus.Rejected), (4, ImportRowStatus.Rejected)], report.Rows.Select(r => (r.Row, r.Status)));
        Assert.Contains("ExternalId", report.Rows[1].Reason, StringComparison.Ordinal);
        Assert.Contains("OccurredAt", report.Rows[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payment_file_of_the_old_shape_still_imports_and_a_later_export_of_the_same_receipt_moves_it_on()
    {
        var old = "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source,Status,DisbursedOn\n"
            + $"{Case},IP-0301,2026-11-18,210.00,WageWithholding,Received,\n";
        var later = "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source,Status,DisbursedOn,AppliedOn,AppliedToCurrent,AppliedToArrears,DisbursementMethod,DisbursedToLast4,ProcessorReference\n"
            + $"{Case},IP-0301,2026-11-18,210.00,WageWithholding,Disbursed,2026-11-19,2026-11-18,10.00,200.00,DirectDeposit,7781,\n"
            + $"{Case},IP-0302,2026-11-18,50.00,DirectPayment,Received,,2026-11-18,,,,1234,\n"
            + $"{Case},IP-0303,2026-11-18,50.00,DirectPayment,Received,,someday,,,,,\n";

        var first = await ImportAsync(old, ImportFormat.PaymentsCsv);
        var second = await ImportAsync(later, ImportFormat.PaymentsCsv);

        Assert.Equal(ImportRowStatus.Accepted, Assert.Single(first.Rows).Status);
        Assert.Equal([ImportRowStatus.Updated, ImportRowStatus.Rejected, ImportRowStatus.Rejected], second.Rows.Select(r => r.Status));
        Assert.Equal(1, second.Updated);
        Assert.Equal("DisbursedToLast4 needs its disbursement method.", second.Rows[1].Reason);
        Assert.Equal("AppliedOn is not a date (yyyy-MM-dd).", second.Rows[2].Reason);
    }

    [Fact]
    public async Task A_report_written_out_gets_each_row_as_the_file_is_read_and_keeps_none_in_memory()
    {
        await using var file = new GeneratedStream(LargeCsv(rows: 100_000));
        var written = new LineCountingWriter(() => file.BytesServed);

        var report = await portal.Get<CaseRecordImporter>().ImportAsync(file, ImportFormat.PaymentsCsv, "large", written);

        Assert.Empty(report.Rows);
        Assert.Equal(100_000, report.Rejected);
        Assert.Equal(100_001, written.Lines); // the header and every row
        Assert.InRange(written.InputReadAtFirstRow, 1, file.BytesServed / 10);
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_reported_as_a_whole()
    {
        var report = await ImportAsync("{ not json", ImportFormat.Json);

        Assert.NotNull(report.FileProblem);
        Assert.Empty(report.Rows);
        Assert.StartsWith("Section,Row,ExternalId,Result,Reason\r\nfile,0,,Rejected,", report.ToCsv(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_row_larger_than_a_megabyte_stops_the_file_after_the_rows_before_it()
    {
        var csv = $"CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source,Status,DisbursedOn\r\n1234,BIG-0001,2026-11-20,10.00,DirectPayment,Received,\r\n1234,\"{new string('x', CaseRecordImporter.MaxRowSize)}";

        var report = await ImportAsync(csv, ImportFormat.PaymentsCsv);

        Assert.Single(report.Rows);
        Assert.StartsWith(CaseRecordImporter.RowTooLarge, report.FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csv_file_without_the_needed_columns_is_reported_as_a_whole()
    {
        var report = await ImportAsync("CaseNumber,Amount\r\n1,2\r\n", ImportFormat.PaymentsCsv);

        Assert.Contains("ReceiptNumber", report.FileProblem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-22.json", ImportFormat.Json)]
    [InlineData("batch.payments.csv", ImportFormat.PaymentsCsv)]
    [InlineData("batch.case-actions.csv", ImportFormat.CaseActionsCsv)]
    [InlineData("batch.csv", null)]
    [InlineData("batch.json.tmp", null)]
    public void The_file_name_says_the_format(string name, ImportFormat? format) =>
        Assert.Equal(format, CaseRecordImporter.FormatOf(name));

    // Rows for no valid case number: rejected without a database round trip, so the test stays quick.
    private static IEnumerable<string> LargeCsv(int rows)
    {
        yield return "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source,Status,DisbursedOn\r\n";
        for (var i = 0; i < rows; i++) yield return string.Create(CultureInfo.InvariantCulture, $"1234,W{i:D9},2026-11-20,10.00,DirectPayment,Received,\r\n");
    }

    private Task<ImportReport> ImportAsync(string content, ImportFormat format) =>
        portal.Get<CaseRecordImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), format, "test");
}
