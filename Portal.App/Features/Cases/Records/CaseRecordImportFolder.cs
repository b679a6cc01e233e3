using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// The watched folder's work: imports every file of a known format found in it, then moves the file to
/// processed/ (prefixed with the time, so a file name can be reused) with its row-by-row report beside it.
/// </summary>
public sealed partial class CaseRecordImportFolder(
    CaseRecordImporter importer,
    IOptions<CaseRecordsOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<CaseRecordImportFolder> logger) : IDisposable
{
    public const string ProcessedFolderName = "processed";
    public const string ReportSuffix = ".report.csv";

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public void Dispose() => oneAtATime.Dispose();

    /// <summary>The folder, resolved against the app's folder; null when no folder is configured.</summary>
    public string? Folder => string.IsNullOrWhiteSpace(options.Value.ImportFolder) ? null : Path.GetFullPath(options.Value.ImportFolder, environment.ContentRootPath);

    /// <summary>How long a file must have been left alone before it is imported (<see cref="CaseRecordsOptions.ImportSettleTime"/>).</summary>
    public TimeSpan SettleTime => options.Value.ImportSettleTime;

    /// <summary>How long after a failed round the folder is looked at again (<see cref="CaseRecordsOptions.ImportRetryInterval"/>).</summary>
    public TimeSpan RetryInterval => options.Value.ImportRetryInterval;

    /// <summary>
    /// Imports what is waiting. A file written to within <see cref="SettleTime"/>, or still open for writing (locked),
    /// is left for a later round. Returns how many files were left.
    /// </summary>
    public async Task<int> ProcessPendingAsync(CancellationToken ct = default)
    {
        if (Folder is not { } folder) return 0;
        await oneAtATime.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(folder);
            var left = 0;
            foreach (var path in Directory.EnumerateFiles(folder).Where(p => CaseRecordImporter.FormatOf(p) is not null).Order(StringComparer.Ordinal).ToList())
            {
                if (!HasSettled(path) || !await ProcessFileAsync(folder, path, ct)) left++;
            }
            return left;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    // The file system's clock, not the app's TimeProvider: the write time comes from it. A write time in the future
    // (a copy that kept another machine's time) counts as settled, since waiting would not change it.
    private bool HasSettled(string path)
    {
        var age = DateTime.UtcNow - File.GetLastWriteTimeUtc(path);
        return age >= SettleTime || age < TimeSpan.Zero;
    }

    /// <summary>Imports one file and moves it to processed/ with its report; false when it could not be opened or read yet.</summary>
    private async Task<bool> ProcessFileAsync(string folder, string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        var processed = Path.Combine(folder, ProcessedFolderName);
        Directory.CreateDirectory(processed);
        var target = Path.Combine(processed, $"{time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{name}");
        // The report is written as the rows are read, so its size never sits in memory; it takes its name once complete.
        // Its own name per attempt: another instance trying the same file at the same time must not touch it.
        var unfinishedReport = $"{target}{ReportSuffix}.{Guid.NewGuid():N}.unfinished";
        var finished = false;
        ImportReport report;
        try
        {
            // Exclusive: a file the case system is still writing, or another instance is importing, fails to open and is
            // left for the next round. It moves to processed/ while still held, so once it is free it is gone: two
            // instances watching one folder import each file once.
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            await using (var reportFile = new StreamWriter(unfinishedReport, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                report = await importer.ImportAsync(stream, CaseRecordImporter.FormatOf(path)!.Value, name, reportFile, ct);
            }
            File.Move(path, target, overwrite: true);
            finished = true;
        }
        catch (IOException)
        {
            return false;
        }
        finally
        {
            // A file left for a later round (locked, taken by another instance, cut short, the database refused it) gets its report then.
            if (!finished) File.Delete(unfinishedReport);
        }

        File.Move(unfinishedReport, target + ReportSuffix, overwrite: true);
        LogImported(logger, name, report.Accepted, report.Updated, report.Duplicates, report.Rejected + (report.FileProblem is null ? 0 : 1));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported case records from {File}: {Accepted} accepted, {Updated} updated, {Duplicates} duplicates, {Rejected} rejected")]
    private static partial void LogImported(ILogger logger, string file, int accepted, int updated, int duplicates, int rejected);
}
