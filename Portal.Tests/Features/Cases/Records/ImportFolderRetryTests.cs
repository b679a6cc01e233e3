using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.App.Features.Cases.Records;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>An outage of the database: a file dropped during it is imported when it ends, without waiting for another file.</summary>
public sealed class ImportFolderRetryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"portal-import-{Guid.NewGuid():N}");
    private readonly ControlledPortal controlled = new();

    [Fact]
    public async Task A_file_dropped_while_the_database_cannot_be_written_is_imported_once_it_can_with_no_new_file_arriving()
    {
        Directory.CreateDirectory(folder);
        var failures = new ImportRoundFailures();
        await using var app = controlled.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Portal", $"Data Source={controlled.DatabasePath};Default Timeout=1")
            .UseSetting("CaseRecords:ImportFolder", folder)
            .UseSetting("CaseRecords:ImportRetryInterval", "00:00:00.5")
            .ConfigureLogging(logging => logging.AddProvider(failures)));
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        var processed = Path.Combine(folder, CaseRecordImportFolder.ProcessedFolderName);
        var reported = ReportFiles.WaitForAsync(processed, "*-outage.payments.csv" + CaseRecordImportFolder.ReportSuffix, TimeSpan.FromSeconds(30));

        // Another connection holds the write lock: the portal gives up after a second (Default Timeout).
        await using var writeLock = await DatabaseWriteLock.TakeAsync(controlled.DatabasePath);
        var staging = Path.Combine(folder, "outage.payments.csv.tmp");
        await File.WriteAllTextAsync(staging, "CaseNumber,ReceiptNumber,ReceivedOn,Amount,Source\r\n" + DashboardCases.Arrears.Digits + ",IR-0001,2026-11-20,60.00,DirectPayment\r\n");
        File.Move(staging, Path.Combine(folder, "outage.payments.csv"));
        await failures.First.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(File.Exists(Path.Combine(folder, "outage.payments.csv"))); // left in place for the retry

        await writeLock.ReleaseAsync();

        var report = await File.ReadAllTextAsync(await reported);
        Assert.Contains("payments,2,IR-0001,Accepted", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CaseRecords:ImportRetryInterval", "00:00:00")]
    [InlineData("CaseRecords:ImportSettleTime", "-00:00:01")]
    public void A_retry_or_settle_time_out_of_range_stops_the_start_up_naming_it(string key, string value)
    {
        var error = StartupValidation.Check(builder => builder.Services.AddCaseRecords(), new Dictionary<string, string?> { [key] = value });

        Assert.NotNull(error);
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        controlled.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>Completes when the import folder logs its first failed round (an event to wait on, not a sleep).</summary>
    private sealed class ImportRoundFailures : ILoggerProvider
    {
        private readonly TaskCompletionSource failed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task First => failed.Task;

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName == typeof(CaseRecordImportService).FullName ? failed : null);

        public void Dispose() { }

        private sealed class Logger(TaskCompletionSource? failed) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel == LogLevel.Error) failed?.TrySetResult();
            }
        }
    }
}
