using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Runs the export in the background: at once when a change is saved, when a retry falls due, and every IdleCheckInterval.</summary>
public sealed partial class CaseSystemExportService(
    CaseSystemExport export,
    CaseSystemExportSignal signal,
    IOptions<CaseSystemOptions> options,
    TimeProvider time,
    ILogger<CaseSystemExportService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.IdleCheckInterval;
            try
            {
                if (await export.ExportDueAsync(stoppingToken) is { } nextDue)
                {
                    var untilDue = nextDue - time.GetUtcNow();
                    if (untilDue < wait) wait = untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // E.g. the database is briefly locked: the changes stay waiting and the next round retries them.
                LogRoundFailed(exception);
            }
            await signal.WaitAsync(wait, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A case-system export round failed; waiting changes will be retried")]
    private partial void LogRoundFailed(Exception exception);
}
