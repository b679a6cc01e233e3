using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The data-access rules whose SQLite tests live with their features, on PostgreSQL: a duplicate record found by its
/// unique index, parallel wrong passwords each counted, and the start-up lock between instances.
/// </summary>
[Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
public sealed class PostgresProviderTests
{
    [PostgresFact]
    public Task A_receipt_number_or_external_id_already_recorded_is_a_duplicate() => PostgresDatabase.WithPortalAsync(async portal =>
    {
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        var writer = portal.Services.GetRequiredService<CaseRecordWriter>();
        var action = new NewCaseAction(DashboardCases.Credit.Digits, "A-PG-1", new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.NoticeSent, "A notice was mailed.");

        // At once, so both pass the check and the unique index (its filter quoted for PostgreSQL) decides.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => writer.RecordCaseActionAsync(action))));

        Assert.Single(outcomes.OfType<RecordResult.Recorded>());
        Assert.Equal(2, outcomes.OfType<RecordResult.Duplicate>().Count());
    });

    [PostgresFact]
    public Task Wrong_passwords_sent_at_the_same_time_are_each_counted() => PostgresDatabase.WithPortalAsync(database => new ControlledPortal(postgres: database), async portal =>
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent", personId: "P-TEST-1");

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(async () =>
        {
            using var scope = portal.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AccountSignIn>().CheckPasswordAsync("maria.parent", "Wrong#Password1", null, default);
        })));

        Assert.True((await TestAccounts.FindAsync(portal.Services, "maria.parent")).LockoutEnd > portal.Clock.GetUtcNow());
    });

    [PostgresFact]
    public async Task A_second_instance_waits_until_the_first_has_finished_its_start_up()
    {
        using var database = PostgresDatabase.Create();
        var first = await PostgresStartupLock.AcquireAsync(database.ConnectionString, CancellationToken.None);

        var second = PostgresStartupLock.AcquireAsync(database.ConnectionString, CancellationToken.None);
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }
}
