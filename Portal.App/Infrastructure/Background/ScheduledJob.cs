namespace Portal.App.Infrastructure.Background;

/// <summary>
/// A job that runs at start-up and then every <see cref="Interval"/>, on one instance at a time (<see cref="JobLeases"/>):
/// with several instances each keeps its own timer, and a run that finds another instance's run under way is skipped.
/// A failed run is logged and the next one does what is still due.
/// </summary>
public abstract partial class ScheduledJob(JobLeases leases, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The job's name, as its lease.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>The longest a run may take: after that, an instance that stopped mid-run no longer holds the job.</summary>
    protected virtual TimeSpan LongestRun => TimeSpan.FromMinutes(15);

    protected abstract Task RunAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await leases.RunAloneAsync(Name, LongestRun, RunAsync, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(logger, Name, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A run of {Job} failed; the next run does what is still due")]
    private static partial void LogRunFailed(ILogger logger, string job, Exception exception);
}
