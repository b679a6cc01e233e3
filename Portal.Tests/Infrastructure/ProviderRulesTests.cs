using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// What the code relies on from its database, on both providers: transactions that check and then write take turns
/// (<see cref="WriterTransactions"/>), and the staff name search's LIKE ignores case (<see cref="CaseInsensitiveLike"/>).
/// </summary>
public sealed class ProviderRulesTests
{
    [Fact]
    public async Task Writer_transactions_take_turns_so_a_check_then_insert_happens_once()
    {
        using var portal = new PortalAppFactory();
        await AssertCheckThenInsertOnceAsync(portal);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_writer_transactions_take_turns_so_a_check_then_insert_happens_once() =>
        PostgresDatabase.WithPortalAsync(AssertCheckThenInsertOnceAsync);

    [Fact]
    public async Task The_name_search_like_ignores_case()
    {
        using var portal = new PortalAppFactory();
        await AssertLikeIgnoresCaseAsync(portal);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_the_name_search_like_ignores_case() => PostgresDatabase.WithPortalAsync(AssertLikeIgnoresCaseAsync);

    private static async Task AssertCheckThenInsertOnceAsync(PortalAppFactory portal)
    {
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        const string client = "writer-test";

        // Each reads "none yet", waits, then inserts: without turns, all three would insert.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginWriterTransactionAsync();
            if (await db.CaseNumberLookups.AnyAsync(l => l.ClientKey == client)) return;
            await Task.Delay(200);
            db.CaseNumberLookups.Add(new CaseNumberLookup(client, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        })));

        await using var check = await contexts.CreateDbContextAsync();
        Assert.Equal(1, await check.CaseNumberLookups.CountAsync(l => l.ClientKey == client));
    }

    private static async Task AssertLikeIgnoresCaseAsync(PortalAppFactory portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        db.Cases.Add(new Case(CaseNumber.FromSerial(43), CaseProgram.IvD, "Maricopa", "PHX", new DateOnly(2026, 1, 1)));
        await db.SaveChangesAsync();
        const string typed = "mARI%";

        var found = await db.Cases.WhereLikeIgnoringCase(db.Database, c => EF.Functions.Like(c.County, typed)).Select(c => c.County).ToListAsync();

        Assert.Equal(["Maricopa"], found);
    }
}
