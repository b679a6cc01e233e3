using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Background;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// What the code relies on from its database, on both providers: a transaction that checks and then writes never
/// acts on a check another has made stale (<see cref="WriterTransactions"/>: SQLite's writers take turns, PostgreSQL's
/// run side by side and the loser runs again), and the staff name search's LIKE ignores case (<see cref="CaseInsensitiveLike"/>).
/// </summary>
public sealed class ProviderRulesTests
{
    [Fact]
    public async Task Writer_transactions_take_turns_so_a_check_then_insert_happens_once()
    {
        using var portal = new PortalAppFactory();

        var attempts = await CheckThenInsertAsync(portal, "writer-test", racers: 3);

        Assert.Equal(1, await LookupsAsync(portal, "writer-test"));
        Assert.Equal(3, attempts); // one after the other: each saw what the one before wrote
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_writer_transactions_run_side_by_side_and_a_stale_check_runs_again_so_the_insert_happens_once() =>
        PostgresDatabase.WithPortalAsync(async portal =>
        {
            var attempts = await CheckThenInsertAsync(portal, "writer-test", racers: 3);

            Assert.Equal(1, await LookupsAsync(portal, "writer-test"));
            Assert.True(attempts > 3, $"All three ran at once, so PostgreSQL aborted the ones whose check went stale and they ran again; attempts: {attempts}");
        });

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_a_writer_transaction_on_other_rows_commits_while_one_is_still_open() =>
        PostgresDatabase.WithPortalAsync(async portal =>
        {
            var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
            var otherCommitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var firstChecked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            // The first checks its client and then stays open until the second, on another client, has committed:
            // with one lock for every writer (as before) the second would wait for the first, and this would time out.
            var first = Task.Run(async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                return await db.InWriterTransactionAsync(async () =>
                {
                    var seen = await db.CaseNumberLookups.CountAsync(l => l.ClientKey == "first");
                    firstChecked.TrySetResult();
                    await otherCommitted.Task.WaitAsync(TimeSpan.FromSeconds(15));
                    db.CaseNumberLookups.Add(new CaseNumberLookup("first", DateTimeOffset.UtcNow));
                    await db.SaveChangesAsync();
                    return seen;
                });
            });
            await firstChecked.Task.WaitAsync(TimeSpan.FromSeconds(15));
            await CheckThenInsertAsync(portal, "second", racers: 1);
            otherCommitted.SetResult();

            Assert.Equal(0, await first);
            Assert.Equal((1, 1), (await LookupsAsync(portal, "first"), await LookupsAsync(portal, "second")));
        });

    [Fact]
    public async Task A_writer_transaction_aborted_by_a_conflict_runs_again_from_a_clean_start_and_keeps_nothing_of_the_aborted_try()
    {
        using var portal = new PortalAppFactory();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var attempts = 0;

        var result = await db.InWriterTransactionAsync(async () =>
        {
            attempts++;
            db.CaseNumberLookups.Add(new CaseNumberLookup($"try-{attempts}", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            if (attempts < 3) throw SerializationFailure();
            return db.ChangeTracker.Entries().Count();
        });

        Assert.Equal((3, 1), (attempts, result)); // the aborted tries' entities were not carried into the next
        Assert.Equal(["try-3"], await db.CaseNumberLookups.Select(l => l.ClientKey).ToListAsync());
    }

    [Fact]
    public async Task A_writer_transaction_gives_up_after_its_attempts_and_never_repeats_a_failure_that_is_not_a_conflict()
    {
        using var portal = new PortalAppFactory();
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var conflicts = 0;
        var failures = 0;

        await Assert.ThrowsAsync<PostgresException>(() => db.InWriterTransactionAsync<int>(() => { conflicts++; throw SerializationFailure(); }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InWriterTransactionAsync<int>(() => { failures++; throw new InvalidOperationException("a bug"); }));

        Assert.Equal((WriterTransactions.MaxAttempts, 1), (conflicts, failures));
    }

    [Fact]
    public async Task A_second_row_with_the_same_primary_key_reads_as_a_unique_violation()
    {
        using var portal = new PortalAppFactory();
        await AssertDuplicateKeyIsUniqueViolationAsync(portal);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_a_second_row_with_the_same_primary_key_reads_as_a_unique_violation() =>
        PostgresDatabase.WithPortalAsync(AssertDuplicateKeyIsUniqueViolationAsync);

    // Two instances making a job's first lease row at once: the loser must read "someone else has it", not fail.
    // SQLite tells a primary key (1555) from a unique index (2067); both are the same answer here.
    private static async Task AssertDuplicateKeyIsUniqueViolationAsync(PortalAppFactory portal)
    {
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var first = await contexts.CreateDbContextAsync())
        {
            first.JobLeases.Add(new JobLease("duplicate-test", "instance-a", DateTimeOffset.UtcNow));
            await first.SaveChangesAsync();
        }
        await using var second = await contexts.CreateDbContextAsync();
        second.JobLeases.Add(new JobLease("duplicate-test", "instance-b", DateTimeOffset.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.True(DatabaseErrors.IsUniqueViolation(refused), refused.InnerException?.Message);
    }

    [Fact]
    public async Task The_name_search_like_ignores_case()
    {
        using var portal = new PortalAppFactory();
        await AssertLikeIgnoresCaseAsync(portal);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_the_name_search_like_ignores_case() => PostgresDatabase.WithPortalAsync(AssertLikeIgnoresCaseAsync);

    // Each racer reads "none yet", waits so the others read too, then inserts. Returns the attempts all racers made.
    private static async Task<int> CheckThenInsertAsync(PortalAppFactory portal, string client, int racers)
    {
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var attempts = 0;
        await Task.WhenAll(Enumerable.Range(0, racers).Select(_ => Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.InWriterTransactionAsync(async () =>
            {
                Interlocked.Increment(ref attempts);
                if (await db.CaseNumberLookups.AnyAsync(l => l.ClientKey == client)) return false;
                await Task.Delay(200);
                db.CaseNumberLookups.Add(new CaseNumberLookup(client, DateTimeOffset.UtcNow));
                await db.SaveChangesAsync();
                return true;
            });
        })));
        return attempts;
    }

    private static async Task<int> LookupsAsync(PortalAppFactory portal, string client)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.CaseNumberLookups.CountAsync(l => l.ClientKey == client);
    }

    private static PostgresException SerializationFailure() =>
        new("could not serialize access due to read/write dependencies among transactions", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure);

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
