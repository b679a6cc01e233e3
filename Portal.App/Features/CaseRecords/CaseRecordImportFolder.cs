using System.Globalization;
using Microsoft.Extensions.Options;

namespace Portal.App.Features.CaseRecords;

/// <summary>
/// The watched folder's work: imports every file of a known format found in it, then moves the file to
/// processed/ (prefixed with the time, so a file name can be reused) with its row-by-row report beside it.
/// </summary>
public sealed partial class CaseRecordImportFolder(
    CaseRecordImporter importer,
    IOptions<CaseRecordsOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<CaseRecordImportFolder> logger)
{
    public const string ProcessedFolderName = "processed";
    public const string ReportSuffix = ".report.csv";

    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>The folder, resolved against the app's folder; null when no folder is configured.</summary>
    public string? Folder => string.IsNullOrWhiteSpace(options.Value.ImportFolder) ? null : Path.GetFullPath(options.Value.ImportFolder, environment.ContentRootPath);

    /// <summary>Imports what is waiting; a file still being written (locked) is left for the next round. Returns the reports.</summary>
    public async Task<IReadOnlyList<ImportReport>> ProcessPendingAsync(CancellationToken ct = default)
    {
        if (Folder is not { } folder) return [];
        await oneAtATime.WaitAsync(ct);
        try
        {
            Directory.CreateDirectory(folder);
            var reports = new List<ImportReport>();
            foreach (var path in Directory.EnumerateFiles(folder).Where(p => CaseRecordImporter.FormatOf(p) is not null).Order(StringComparer.Ordinal).ToList())
            {
                if (await ProcessFileAsync(folder, path, ct) is { } report) reports.Add(report);
            }
            return reports;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private async Task<ImportReport?> ProcessFileAsync(string folder, string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        ImportReport report;
        try
        {
            // Exclusive: a file the case system is still writing fails to open and waits for the next round.
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            report = await importer.ImportAsync(stream, CaseRecordImporter.FormatOf(path)!.Value, name, ct);
        }
        catch (IOException)
        {
            return null;
        }

        var processed = Path.Combine(folder, ProcessedFolderName);
        Directory.CreateDirectory(processed);
        var target = Path.Combine(processed, $"{time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{name}");
        File.Move(path, target, overwrite: true);
        await File.WriteAllTextAsync(target + ReportSuffix, report.ToCsv(), ct);
        LogImported(logger, name, report.Accepted, report.Duplicates, report.Rejected + (report.FileProblem is null ? 0 : 1));
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported case records from {File}: {Accepted} accepted, {Duplicates} duplicates, {Rejected} rejected")]
    private static partial void LogImported(ILogger logger, string file, int accepted, int duplicates, int rejected);
}
