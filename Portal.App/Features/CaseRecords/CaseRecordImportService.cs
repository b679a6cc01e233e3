using System.Threading.Channels;

namespace Portal.App.Features.CaseRecords;

/// <summary>
/// Watches <see cref="CaseRecordsOptions.ImportFolder"/>: a scan at start-up, then a round whenever a file appears,
/// is renamed into place or changes, and again a little later while a round left files that were still being written.
/// Does nothing when no folder is configured.
/// </summary>
public sealed partial class CaseRecordImportService(CaseRecordImportFolder folder, ILogger<CaseRecordImportService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (folder.Folder is not { } path) return;
        Directory.CreateDirectory(path);
        var wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(path) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Created += (_, _) => wakeUps.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => wakeUps.Writer.TryWrite(true);
        watcher.Changed += (_, _) => wakeUps.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;

        // Files dropped while the portal was down.
        wakeUps.Writer.TryWrite(true);
        await foreach (var wakeUp in wakeUps.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // A file still being written sends no event once it is done: look again when it may have settled.
                if (await folder.ProcessPendingAsync(stoppingToken) > 0) _ = WakeLaterAsync(wakeUps.Writer, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRoundFailed(logger, ex);
            }
        }
    }

    private async Task WakeLaterAsync(ChannelWriter<bool> wakeUps, CancellationToken ct)
    {
        try
        {
            await Task.Delay(folder.SettleTime > MinimumRetryDelay ? folder.SettleTime : MinimumRetryDelay, ct);
            wakeUps.TryWrite(true);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static readonly TimeSpan MinimumRetryDelay = TimeSpan.FromSeconds(1);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the case record import folder failed; the next file event retries")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
