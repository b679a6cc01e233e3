using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public sealed class SeedReloadTests
{
    [Fact]
    public async Task Restarting_on_a_database_with_data_never_reloads_or_overwrites_it()
    {
        using var first = new PortalAppFactory(seed: true) { CopiesSeededDatabase = false };
        int cases, payments;
        long removedPaymentId;
        await using (var db = await first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var payment = await db.Payments.OrderBy(p => p.Id).FirstAsync();
            removedPaymentId = payment.Id;
            db.Payments.Remove(payment);
            await db.SaveChangesAsync();
            cases = await db.Cases.CountAsync();
            payments = await db.Payments.CountAsync();
        }

        using var second = new PortalAppFactory(seed: true, databasePath: first.DatabasePath);
        await using (var db = await second.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(cases, await db.Cases.CountAsync());
            Assert.Equal(payments, await db.Payments.CountAsync());
            Assert.False(await db.Payments.AnyAsync(p => p.Id == removedPaymentId));
        }
    }

    [Fact]
    public Task Two_instances_starting_together_on_one_database_load_the_demo_data_once() =>
        TwoSeededInstancesLoadOnceAsync(first => new PortalAppFactory(seed: true, databasePath: first?.DatabasePath) { CopiesSeededDatabase = false });

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public async Task Two_instances_starting_together_on_one_PostgreSQL_database_load_the_demo_data_once()
    {
        using var database = PostgresDatabase.Create();
        await TwoSeededInstancesLoadOnceAsync(_ => new PortalAppFactory(seed: true, postgres: database));
    }

    [Fact]
    public Task Three_instances_starting_together_on_a_new_database_all_start_and_migrate_it_once() =>
        ThreeInstancesMigrateOnceAsync(first => new PortalAppFactory(databasePath: first?.DatabasePath));

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public async Task Three_instances_starting_together_on_a_new_PostgreSQL_database_all_start_and_migrate_it_once()
    {
        using var database = PostgresDatabase.Create();
        await ThreeInstancesMigrateOnceAsync(_ => new PortalAppFactory(postgres: database));
    }

    /// <param name="instance">Another instance on the database of the first one (null for the first).</param>
    private static async Task TwoSeededInstancesLoadOnceAsync(Func<PortalAppFactory?, PortalAppFactory> instance)
    {
        using var first = instance(null);
        using var second = instance(first);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

        await using var db = await second.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(SeedCsv.RowCount("cases.csv"), await db.Cases.CountAsync());
        Assert.Equal(SeedCsv.RowCount("payments.csv"), await db.Payments.CountAsync());
        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Equal(PortalRoles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    private static async Task ThreeInstancesMigrateOnceAsync(Func<PortalAppFactory?, PortalAppFactory> instance)
    {
        // Without seeding the instances reach the migration together (seeding's own transaction hid the race).
        using var first = instance(null);
        using var second = instance(first);
        using var third = instance(first);

        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server), Task.Run(() => third.Server));

        foreach (var app in new[] { first, second, third })
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
        }
        await using var db = await third.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(PortalRoles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }
}
