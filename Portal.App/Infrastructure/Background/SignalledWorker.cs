namespace Portal.App.Infrastructure.Background;

/// <summary>
/// A background worker that runs a round at once when its <see cref="WakeUpSignal"/> is raised, when the work the last
/// round left falls due, and otherwise every <see cref="IdleCheckInterval"/> (for work another instance queued). A
/// failed round (the database briefly locked, say) is logged and leaves its work for the next.
/// </summary>
public abstract class SignalledWorker(WakeUpSignal signal, TimeProvider time) : BackgroundService
{
    protected abstract TimeSpan IdleCheckInterval { get; }

    /// <summary>Does what is due now; returns when the next waiting piece of work falls due, if any.</summary>
    protected abstract Task<DateTimeOffset?> RunRoundAsync(CancellationToken stoppingToken);

    protected abstract void LogRoundFailed(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = IdleCheckInterval;
            try
            {
                if (await RunRoundAsync(stoppingToken) is { } nextDue)
                {
                    var untilDue = nextDue - time.GetUtcNow();
                    if (untilDue < wait) wait = untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRoundFailed(exception);
            }
            await signal.WaitAsync(wait, time, stoppingToken);
        }
    }
}
