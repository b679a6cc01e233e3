using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Background;

namespace Portal.App.Infrastructure.Email;

/// <summary>Runs the dispatcher in the background: at once when a commit adds messages, when the next retry falls due, and every IdleCheckInterval.</summary>
public sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : SignalledWorker(signal, time)
{
    protected override TimeSpan IdleCheckInterval => options.Value.IdleCheckInterval;

    protected override Task<DateTimeOffset?> RunRoundAsync(CancellationToken stoppingToken) => dispatcher.DispatchDueAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch round failed; pending messages will be retried")]
    protected override partial void LogRoundFailed(Exception exception);
}
