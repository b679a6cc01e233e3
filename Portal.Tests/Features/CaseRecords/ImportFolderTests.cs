using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.CaseRecords;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.CaseRecords;

/// <summary>The watched folder: files waiting at start-up and files dropped later are imported, moved to processed/ and reported.</summary>
public sealed class ImportFolderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"portal-import-{Guid.NewGuid():N}");
    private readonly ControlledPortal controlled = new();

    [Fact]
    public async Task Files_waiting_at_start_up_and_dropped_later_are_imported_moved_and_reported()
    {
        Directory.CreateDirectory(folder);
        var processed = Path.Combine(folder, CaseRecordImportFolder.ProcessedFolderName);
        await File.WriteAllTextAsync(Path.Combine(folder, "early.payments.csv"),
            "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source\r\n" + DashboardCases.Arrears.Digits + ",IF-0001,2026-11-20,100.00,DirectPayment\r\nbad,IF-0002,2026-11-20,1,DirectPayment\r\n");
        var earlyReport = ReportFiles.WaitForAsync(processed, "*-early.payments.csv" + CaseRecordImportFolder.ReportSuffix);

        await using var app = controlled.WithWebHostBuilder(b => b.UseSetting("CaseRecords:ImportFolder", folder));
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        // The start-up scan may have run before the cases existed: a later event imports what waits.
        var report = await File.ReadAllTextAsync(await earlyReport);

        var lateReport = ReportFiles.WaitForAsync(processed, "*-late.json" + CaseRecordImportFolder.ReportSuffix);
        var staging = Path.Combine(folder, "late.json.tmp");
        await File.WriteAllTextAsync(staging, $$"""{ "payments": [ { "caseNumber": "{{DashboardCases.Arrears.Digits}}", "receiptNumber": "IF-0003", "receivedOn": "2026-11-21", "amount": 42.5, "source": "DirectPayment" } ] }""");
        File.Move(staging, Path.Combine(folder, "late.json"));
        var late = await File.ReadAllTextAsync(await lateReport);

        Assert.Contains("payments,3,IF-0002,Rejected", report, StringComparison.Ordinal);
        Assert.Contains("payments,1,IF-0003,Accepted", late, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Single(Directory.GetFiles(processed, "*-late.json"));
    }

    public void Dispose()
    {
        controlled.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
