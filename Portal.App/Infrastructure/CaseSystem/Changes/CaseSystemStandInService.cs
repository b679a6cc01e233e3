namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Runs the case-system stand-in every second while it is enabled (Development's settings turn it on).</summary>
public sealed partial class CaseSystemStandInService(CaseSystemStandIn standIn, TimeProvider time, ILogger<CaseSystemStandInService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await standIn.AnswerAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogRoundFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The case-system stand-in could not answer this round")]
    private partial void LogRoundFailed(Exception exception);
}
