using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Background;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Runs the export in the background: at once when a change is saved, when a retry falls due, and every IdleCheckInterval.</summary>
public sealed partial class CaseSystemExportService(
    CaseSystemExport export,
    CaseSystemExportSignal signal,
    IOptions<CaseSystemOptions> options,
    TimeProvider time,
    ILogger<CaseSystemExportService> logger) : SignalledWorker(signal, time)
{
    protected override TimeSpan IdleCheckInterval => options.Value.IdleCheckInterval;

    protected override Task<DateTimeOffset?> RunRoundAsync(CancellationToken stoppingToken) => export.ExportDueAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "A case-system export round failed; waiting changes will be retried")]
    protected override partial void LogRoundFailed(Exception exception);
}
