using Portal.App.Infrastructure.Background;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>Runs <see cref="UnverifiedAccountPurger"/> at start-up and then every six hours.</summary>
public sealed class UnverifiedAccountPurgeService(UnverifiedAccountPurger purger, JobLeases leases, TimeProvider time, ILogger<UnverifiedAccountPurgeService> logger)
    : ScheduledJob(leases, time, logger)
{
    protected override string Name => "unverified-account-purge";

    protected override TimeSpan Interval => TimeSpan.FromHours(6);

    protected override Task RunAsync(CancellationToken stoppingToken) => purger.PurgeAsync(stoppingToken);
}
