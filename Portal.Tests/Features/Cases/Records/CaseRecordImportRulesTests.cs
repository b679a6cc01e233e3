using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Records;
using Portal.Tests.Features.Cases.Dashboard;
using Xunit.Abstractions;

using Portal.App.Features.Cases.Shared;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>What the case system's files may not carry: impossible dates, negative amounts, ids of another shape, formulas; and a large file is read as it goes.</summary>
public sealed class CaseRecordImportRulesTests(DashboardTestPortal portal, ITestOutputHelper output) : IClassFixture<DashboardTestPortal>
{
    private const string PaymentsHeader = "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source,Status,DisbursedOn\r\n";
    private const string ActionsHeader = "CaseNumber,ExternalId,OccurredAt,Type,Description\r\n";
    private static readonly string Case = DashboardCases.Arrears.Digits; // opened 2026-07-20

    private DateOnly Today => DateOnly.FromDateTime(Portal.Domain.ArizonaTime.From(portal.Clock.GetUtcNow()).DateTime);

    [Fact]
    public async Task Payments_dated_before_the_case_opened_or_more_than_a_day_ahead_or_negative_are_each_reported_with_their_own_reason()
    {
        var csv = PaymentsHeader
            + $"{Case},RL-0001,2026-07-19,10.00,DirectPayment,Received,\r\n"
            + $"{Case},RL-0002,{Iso(Today.AddDays(2))},10.00,DirectPayment,Received,\r\n"
            + $"{Case},RL-0003,{Iso(Today.AddDays(-1))},10.00,DirectPayment,Disbursed,{Iso(Today.AddDays(3))}\r\n"
            + $"{Case},RL-0004,{Iso(Today.AddDays(-1))},-25.00,DirectPayment,Received,\r\n"
            + $"{Case},RL-0005,{Iso(Today.AddDays(1))},10.00,DirectPayment,Received,\r\n";

        var report = await ImportAsync(csv, ImportFormat.PaymentsCsv);

        Assert.Equal(
            new string?[]
            {
                "ReceivedOn is before the case opened.",
                "ReceivedOn is more than a day in the future.",
                "DisbursedOn is more than a day in the future.",
                "The amount is negative.",
                null,
            },
            report.Rows.Select(r => r.Reason));
        Assert.Equal(ImportRowStatus.Accepted, report.Rows[^1].Status); // tomorrow is within the day of slack
    }

    [Fact]
    public async Task Case_actions_dated_before_the_case_opened_or_more_than_a_day_ahead_are_rejected()
    {
        var ahead = portal.Clock.GetUtcNow().AddDays(1).AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var csv = ActionsHeader
            + $"{Case},RLA-0001,2026-07-19T10:00:00-07:00,NoticeSent,Too early\r\n"
            + $"{Case},RLA-0002,{ahead},NoticeSent,Too late\r\n";

        var report = await ImportAsync(csv, ImportFormat.CaseActionsCsv);

        Assert.Equal(["OccurredAt is before the case opened.", "OccurredAt is more than a day in the future."], report.Rows.Select(r => r.Reason));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("R 0001")]
    [InlineData("-R0001")]
    [InlineData("R0001;DROP")]
    public async Task A_receipt_number_of_another_shape_is_rejected_with_the_documented_format(string receipt)
    {
        var csv = PaymentsHeader + $"{Case},\"{receipt.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{Iso(Today)},10.00,DirectPayment,Received,\r\n";

        var row = Assert.Single((await ImportAsync(csv, ImportFormat.PaymentsCsv)).Rows);

        Assert.Equal(ImportRowStatus.Rejected, row.Status);
        Assert.StartsWith("The receipt number is not in the format", row.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@SUM(A1)")]
    [InlineData("id with spaces")]
    public async Task An_external_id_of_another_shape_is_rejected_with_the_documented_format(string externalId)
    {
        var csv = ActionsHeader + $"{Case},{externalId},2026-11-20T10:00:00-07:00,NoticeSent,A notice\r\n";

        var row = Assert.Single((await ImportAsync(csv, ImportFormat.CaseActionsCsv)).Rows);

        Assert.StartsWith("The external id is not in the format", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_in_the_shapes_the_seed_the_demo_feed_and_the_staff_workspace_write_are_accepted()
    {
        Assert.All(["R4600000001", "S123456789012", "D26112210000012345", "T-0001"], id => Assert.True(CaseRecordIds.IsReceiptNumber(id), id));
        Assert.All(new[] { "staff-" + Guid.NewGuid().ToString("N"), "IA-0001", "case.action_7" }, id => Assert.True(CaseRecordIds.IsExternalId(id), id));
    }

    [Fact]
    public async Task The_import_report_defuses_a_formula_in_an_id_as_the_payment_download_does()
    {
        var csv = PaymentsHeader + $"{Case},\"=1+2\",{Iso(Today)},10.00,DirectPayment,Received,\r\n" + $"{Case},@cmd,{Iso(Today)},10.00,DirectPayment,Received,\r\n";

        var report = (await ImportAsync(csv, ImportFormat.PaymentsCsv)).ToCsv();

        var lines = report.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("payments,2,'=1+2,Rejected,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("payments,3,'@cmd,Rejected,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_are_recorded_as_the_file_is_read_so_a_file_cut_short_keeps_the_rows_before_the_cut()
    {
        // One good row, then 200,000 more; the stream fails after 1 MB, long before its end.
        var path = await GenerateLargeFileAsync(rows: 200_000, firstReceipt: "STREAM-0001");
        await using (var cut = new CutShortStream(File.OpenRead(path), cutAfter: 1_000_000))
        {
            await Assert.ThrowsAsync<IOException>(() => portal.Get<CaseRecordImporter>().ImportAsync(cut, ImportFormat.PaymentsCsv, "cut"));
        }

        await using var db = await portal.Get<IDbContextFactory<Portal.App.Infrastructure.Data.PortalDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Payments.AnyAsync(p => p.ReceiptNumber == "STREAM-0001"));
    }

    [Fact]
    public async Task A_large_file_of_200_000_rows_is_imported_to_its_last_row()
    {
        var path = await GenerateLargeFileAsync(rows: 200_000, firstReceipt: "STREAM-0002");
        var before = Process.GetCurrentProcess().PeakWorkingSet64;

        ImportReport report;
        await using (var file = File.OpenRead(path))
        {
            report = await portal.Get<CaseRecordImporter>().ImportAsync(file, ImportFormat.PaymentsCsv, "large");
        }

        Assert.Equal(200_001, report.Rows.Count);
        Assert.Equal(ImportRowStatus.Accepted, report.Rows[0].Status);
        Assert.Equal(200_002, report.Rows[^1].Row);
        // For the README's note, not an assertion: memory depends on the machine and what else the process holds.
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"file {new FileInfo(path).Length / 1_048_576.0:0.0} MB; peak working set {before / 1_048_576} MB before, {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB after"));
    }

    private async Task<string> GenerateLargeFileAsync(int rows, string firstReceipt)
    {
        var folder = Directory.CreateTempSubdirectory("portal-import-").FullName;
        var path = Path.Combine(folder, "large.payments.csv");
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteAsync(PaymentsHeader);
        await writer.WriteAsync($"{Case},{firstReceipt},{Iso(Today)},10.00,DirectPayment,Received,\r\n");
        // Rows for no valid case number: rejected without a database round trip, so the test stays quick.
        for (var i = 0; i < rows; i++) await writer.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"1234,L{i:D9},{Iso(Today)},10.00,DirectPayment,Received,\r\n"));
        return path;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<ImportReport> ImportAsync(string content, ImportFormat format) =>
        portal.Get<CaseRecordImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), format, "test");
}
