using Microsoft.Extensions.Options;

namespace Portal.App.Features.Cases.Records;

/// <summary>Runs <see cref="DemoFeed"/> every DemoFeed:Interval while DemoFeed:Enabled; idle otherwise.</summary>
public sealed partial class DemoFeedService(DemoFeed feed, IOptions<DemoFeedOptions> options, TimeProvider time, ILogger<DemoFeedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        LogStarted(logger, options.Value.Interval);
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await feed.RecordNextAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The demo feed records an invented payment or case action every {Interval}")]
    private static partial void LogStarted(ILogger logger, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo feed could not record this round; it tries again next round")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
