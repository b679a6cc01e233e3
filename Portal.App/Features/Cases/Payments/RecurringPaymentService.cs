using Portal.App.Infrastructure.Background;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// Runs the recurring debits at start-up and then every hour, on one instance at a time (a debit's day is an Arizona
/// date: the first run of the day sends it). A run that fails (the database locked, the processor down) is logged,
/// and the next hour's run picks up every debit still due.
/// </summary>
public sealed class RecurringPaymentService(RecurringPayments payments, JobLeases leases, TimeProvider time, ILogger<RecurringPaymentService> logger)
    : ScheduledJob(leases, time, logger)
{
    protected override string Name => "recurring-payments";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunAsync(CancellationToken stoppingToken) => payments.RunAsync(stoppingToken);
}
