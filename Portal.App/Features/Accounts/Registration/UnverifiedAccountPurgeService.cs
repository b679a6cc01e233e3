namespace Portal.App.Features.Accounts.Registration;

/// <summary>Runs <see cref="UnverifiedAccountPurger"/> at start-up and then every six hours.</summary>
public sealed class UnverifiedAccountPurgeService(UnverifiedAccountPurger purger, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await purger.PurgeAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
