using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Runs the dispatcher in the background: at once when a commit adds messages, when the next retry falls
/// due, and otherwise every IdleCheckInterval (to pick up messages queued by another instance).
/// </summary>
public sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = options.Value.IdleCheckInterval;
            try
            {
                if (await dispatcher.DispatchDueAsync(stoppingToken) is { } nextDue)
                {
                    var untilDue = nextDue - time.GetUtcNow();
                    if (untilDue < wait) wait = untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // E.g. the database is briefly locked: the messages stay pending and the next round retries them.
                LogRoundFailed(exception);
            }
            await signal.WaitAsync(wait, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch round failed; pending messages will be retried")]
    private partial void LogRoundFailed(Exception exception);
}
