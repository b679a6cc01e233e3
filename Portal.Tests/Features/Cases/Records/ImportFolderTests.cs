using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Records;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Records;

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

    [Fact]
    public async Task A_file_written_in_place_is_imported_once_it_is_complete_not_half_written()
    {
        Directory.CreateDirectory(folder);
        await using var app = controlled.WithWebHostBuilder(b => b.UseSetting("CaseRecords:ImportFolder", folder));
        var databases = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await databases.CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        var processed = Path.Combine(folder, CaseRecordImportFolder.ProcessedFolderName);
        var reported = ReportFiles.WaitForAsync(processed, "*-in-place.payments.csv" + CaseRecordImportFolder.ReportSuffix);

        // The case system writes the file where it will be read, in two goes, the second a moment after the first.
        var path = Path.Combine(folder, "in-place.payments.csv");
        await File.WriteAllTextAsync(path, "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source\r\n" + DashboardCases.Arrears.Digits + ",IF-0011,2026-11-20,25.00,DirectPayment\r\n" + DashboardCases.Arrears.Digits + ",IF-0012,2026-11-20,10");
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await File.AppendAllTextAsync(path, "0.00,DirectPayment\r\n");
        var report = await File.ReadAllTextAsync(await reported);

        Assert.Contains("payments,2,IF-0011,Accepted", report, StringComparison.Ordinal);
        Assert.Contains("payments,3,IF-0012,Accepted", report, StringComparison.Ordinal);
        await using var check = await databases.CreateDbContextAsync();
        Assert.Equal(100.00m, (await check.Payments.SingleAsync(p => p.ReceiptNumber == "IF-0012")).Amount.Amount);
    }

    [Fact]
    public async Task Two_instances_watching_one_folder_import_each_file_once()
    {
        Directory.CreateDirectory(folder);
        await using var first = controlled.WithWebHostBuilder(b => b.UseSetting("CaseRecords:ImportFolder", folder).UseSetting("CaseRecords:ImportSettleTime", "00:00:00"));
        await using var second = controlled.WithWebHostBuilder(b => b.UseSetting("CaseRecords:ImportFolder", folder).UseSetting("CaseRecords:ImportSettleTime", "00:00:00"));
        var databases = first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await databases.CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        var instances = new[] { first, second }.Select(app => app.Services.GetRequiredService<CaseRecordImportFolder>()).ToArray();
        const int files = 20;
        for (var i = 0; i < files; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"batch-{i:00}.payments.csv"),
                $"CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source\r\n{DashboardCases.Arrears.Digits},TI-{i:0000},2026-11-20,5.00,DirectPayment\r\n");
        }

        // Both at once (their own watchers join in): a file one holds, the other leaves, and then it is gone.
        await Task.WhenAll(instances.Select(i => i.ProcessPendingAsync()));
        await Task.WhenAll(instances.Select(i => i.ProcessPendingAsync()));

        var processed = Path.Combine(folder, CaseRecordImportFolder.ProcessedFolderName);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Equal(files, Directory.GetFiles(processed, "*.payments.csv").Length);
        var reports = Directory.GetFiles(processed, "*" + CaseRecordImportFolder.ReportSuffix).Select(File.ReadAllText).ToList();
        Assert.Equal(files, reports.Count);
        Assert.All(reports, r => Assert.Contains(",Accepted", r, StringComparison.Ordinal));
        Assert.DoesNotContain(reports, r => r.Contains("Duplicate", StringComparison.Ordinal));
        await using var check = await databases.CreateDbContextAsync();
        Assert.Equal(files, await check.Payments.CountAsync(p => p.ReceiptNumber.StartsWith("TI-")));
    }

    public void Dispose()
    {
        controlled.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
