using System.Threading.Channels;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// Watches <see cref="CaseRecordsOptions.ImportFolder"/>: a scan at start-up, then a round whenever a file appears,
/// is renamed into place or changes, and again a little later while a round left files that were still being written.
/// A round that fails (the database cannot be written) is retried every <see cref="CaseRecordImportFolder.RetryInterval"/>
/// until one succeeds, so a file dropped during an outage is imported once it ends, with no other file arriving.
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
                if (await folder.ProcessPendingAsync(stoppingToken) > 0)
                {
                    _ = WakeLaterAsync(wakeUps.Writer, folder.SettleTime > MinimumRetryDelay ? folder.SettleTime : MinimumRetryDelay, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Not swallowed: logged, and the file stays where it is for the retry (rows already recorded come back as duplicates).
                LogRoundFailed(logger, ex, folder.RetryInterval);
                _ = WakeLaterAsync(wakeUps.Writer, folder.RetryInterval, stoppingToken);
            }
        }
    }

    private static async Task WakeLaterAsync(ChannelWriter<bool> wakeUps, TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
            wakeUps.TryWrite(true);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static readonly TimeSpan MinimumRetryDelay = TimeSpan.FromSeconds(1);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the case record import folder failed; retrying in {RetryInterval}")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, TimeSpan retryInterval);
}
