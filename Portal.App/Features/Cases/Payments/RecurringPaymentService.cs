namespace Portal.App.Features.Cases.Payments;

/// <summary>Runs the recurring debits at start-up and then every hour (a debit's day is an Arizona date: the first run of the day sends it).</summary>
public sealed partial class RecurringPaymentService(RecurringPayments payments, TimeProvider time, ILogger<RecurringPaymentService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await payments.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A run that fails (the database locked, the processor down) is logged and the next hour's run picks up
                // every debit still due: nothing is lost, and the service keeps running.
                LogRunFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A recurring payments run failed; the next run sends what is still due")]
    private static partial void LogRunFailed(ILogger logger, Exception ex);
}
