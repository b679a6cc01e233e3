using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Features.Cases.Payments;
using Portal.App.Infrastructure.Background;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Scheduled jobs with several instances: each <see cref="JobLeases"/> is one instance (its own holder id) on one
/// database. A job runs on one instance at a time, and a lease left by an instance that stopped mid-run lapses.
/// </summary>
public sealed class JobLeasesTests
{
    private const string Job = "test-job";

    [Fact]
    public Task While_one_instance_runs_a_job_the_others_skip_it_and_after_it_the_next_run_goes_ahead() =>
        OneRunAtATimeAsync(new PortalAppFactory());

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_while_one_instance_runs_a_job_the_others_skip_it() =>
        PostgresDatabase.WithPortalAsync(async portal => await OneRunAtATimeAsync(portal, disposes: false));

    [Fact]
    public async Task A_lease_left_by_an_instance_that_stopped_mid_run_lapses_after_the_longest_run()
    {
        using var portal = new PortalAppFactory();
        var clock = new ManualTimeProvider();
        var stopped = Instance(portal, clock);
        var other = Instance(portal, clock);

        Assert.True(await stopped.TryTakeAsync(Job, TimeSpan.FromMinutes(15)));
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(await other.TryTakeAsync(Job, TimeSpan.FromMinutes(15)));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await other.TryTakeAsync(Job, TimeSpan.FromMinutes(15)));
        Assert.False(await stopped.TryTakeAsync(Job, TimeSpan.FromMinutes(15)));
    }

    [Fact]
    public async Task The_recurring_debits_skip_a_run_while_another_instance_holds_their_lease()
    {
        using var portal = new ControlledPortal();
        var other = Instance(portal, portal.Clock);
        Assert.True(await other.TryTakeAsync("recurring-payments", TimeSpan.FromMinutes(15)));
        using var service = ActivatorUtilities.CreateInstance<RecurringPaymentService>(portal.Services);
        var logs = portal.Logs;

        await service.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => logs.Entries.Any(e => e.Message.Contains("Another instance is running recurring-payments", StringComparison.Ordinal)));
        await service.StopAsync(CancellationToken.None);
    }

    private static async Task OneRunAtATimeAsync(PortalAppFactory portal, bool disposes = true)
    {
        try
        {
            var instances = Enumerable.Range(0, 5).Select(_ => Instance(portal, TimeProvider.System)).ToList();
            var release = new TaskCompletionSource();
            var running = 0;
            var ran = 0;
            async Task Run(CancellationToken _)
            {
                Assert.Equal(1, Interlocked.Increment(ref running));
                Interlocked.Increment(ref ran);
                await release.Task;
                Interlocked.Decrement(ref running);
            }

            var runs = instances.Select(i => Task.Run(() => i.RunAloneAsync(Job, TimeSpan.FromMinutes(15), Run))).ToList();
            await Eventually.TrueAsync(() => Volatile.Read(ref ran) == 1 && runs.Count(r => r.IsCompleted) == instances.Count - 1);
            Assert.All(runs.Where(r => r.IsCompleted), r => Assert.False(r.Result));

            release.SetResult();
            Assert.Single(await Task.WhenAll(runs), taken => taken);
            Assert.True(await instances[^1].RunAloneAsync(Job, TimeSpan.FromMinutes(15), _ => Task.CompletedTask));
        }
        finally
        {
            if (disposes) portal.Dispose();
        }
    }

    private static JobLeases Instance(PortalAppFactory portal, TimeProvider clock) =>
        new(portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), clock, NullLogger<JobLeases>.Instance);

}
