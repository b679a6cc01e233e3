using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.CaseSystem;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Domain.CaseSystem;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The seed import writes in bulk (<see cref="BulkInsert"/>: prepared INSERTs on SQLite, COPY on PostgreSQL), not through
/// EF's change tracking: every field of every row of the seed files reads back through EF as the case system sent it,
/// owned columns (the address) and JSON (the phone numbers) included.
/// </summary>
public sealed class BulkLoadTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public Task Every_field_of_every_seed_row_reads_back_as_the_case_system_sent_it() => AssertLoadedAsSentAsync(seeded.Factory.Services);

    internal static async Task AssertLoadedAsSentAsync(IServiceProvider services)
    {
        var files = new SeedFiles(RepositoryPaths.SeedData);
        var fingerprinter = services.GetRequiredService<ISsnFingerprinter>();
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().Include(c => c.Participants).Include(c => c.Orders).ToDictionaryAsync(c => c.Number.Digits);
        var numbers = cases.Values.ToDictionary(c => c.Id, c => c.Number.Digits);

        await foreach (var record in files.ReadAsync<CaseRecord>(SeedFiles.Cases))
        {
            var sent = CaseSystemMapper.ToCase(record, [], [], fingerprinter);
            var loaded = cases[record.CaseNumber];
            Assert.Equal(Fields(sent), Fields(loaded));
        }
        var participants = cases.Values.SelectMany(c => c.Participants.Select(p => (Case: c.Number.Digits, Participant: p))).ToLookup(p => (p.Case, p.Participant.PersonId), p => p.Participant);
        var participantCount = 0;
        await foreach (var record in files.ReadAsync<ParticipantRecord>(SeedFiles.Participants))
        {
            var sent = CaseSystemMapper.ToParticipant(record, fingerprinter);
            Assert.Equal(Fields(sent), Fields(Assert.Single(participants[(record.CaseNumber, record.PersonId)])));
            participantCount++;
        }
        Assert.Equal(participantCount, cases.Values.Sum(c => c.Participants.Count));
        Assert.Contains(cases.Values.SelectMany(c => c.Participants), p => p.Address is not null && p.Phones.Count > 0);

        var orders = new List<(string, object)>();
        await foreach (var record in files.ReadAsync<SupportOrderRecord>(SeedFiles.SupportOrders)) orders.Add((record.CaseNumber, Fields(CaseSystemMapper.ToSupportOrder(record))));
        Assert.Equal(orders.Order(), cases.Values.SelectMany(c => c.Orders.Select(o => (c.Number.Digits, Fields(o)))).Order());

        var payments = await db.Payments.AsNoTracking().ToDictionaryAsync(p => p.ReceiptNumber);
        await foreach (var record in files.ReadAsync<PaymentRecord>(SeedFiles.Payments))
        {
            var loaded = payments[record.ReceiptNumber];
            Assert.Equal(record.CaseNumber, numbers[loaded.CaseId]);
            Assert.Equal(Fields(CaseSystemMapper.ToPayment(record, loaded.CaseId)), Fields(loaded));
        }
        var actions = new List<object>();
        await foreach (var record in files.ReadAsync<CaseActionRecord>(SeedFiles.CaseActions)) actions.Add(Fields(CaseSystemMapper.ToCaseAction(record, cases[record.CaseNumber].Id)));
        Assert.Equal(actions.Order(), (await db.CaseActions.AsNoTracking().ToListAsync()).Select(Fields).Order());
    }

    private static object Fields(Case c) => (c.Program, c.Status, c.County, c.OfficeCode, c.OpenedOn, c.ClosedOn, c.FamilyViolence);

    private static object Fields(Participant p) =>
        (p.Role, p.FirstName, p.LastName, p.DateOfBirth, p.SsnFingerprint, p.SsnLast4, p.Address, p.Email, string.Join(";", p.Phones), p.FamilyViolence);

    private static object Fields(SupportOrder o) => (o.MonthlyAmount, o.StartDate, o.EndDate);

    private static object Fields(Payment p) =>
        (p.CaseId, p.ReceiptNumber, p.ReceivedOn, p.Amount, p.Source, p.Status, p.DisbursedOn, p.AppliedOn, p.AppliedToCurrent, p.AppliedToArrears,
         p.DisbursementMethod, p.DisbursedToLast4, p.ProcessorReference);

    private static string Fields(CaseAction a) => $"{a.CaseId}|{a.OccurredAt.UtcTicks}|{a.Type}|{a.Description}|{a.ExternalId}";
}

/// <summary>The same on PostgreSQL, where the import is binary COPY.</summary>
[Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
public sealed class PostgresBulkLoadTests
{
    [PostgresFact]
    public async Task On_PostgreSQL_every_field_of_every_seed_row_reads_back_as_the_case_system_sent_it()
    {
        using var database = PostgresDatabase.Create();
        using var portal = new PortalAppFactory(seed: true, postgres: database);
        await BulkLoadTests.AssertLoadedAsSentAsync(portal.Services);

        // The cases' ids were given in advance: the next case the database numbers itself follows them.
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var highest = await db.Cases.MaxAsync(c => c.Id);
        db.Cases.Add(new Case(CaseNumber.FromSerial(999_999_001), CaseProgram.IvD, "Pima", "TUC", new DateOnly(2026, 12, 1)));
        await db.SaveChangesAsync();
        Assert.Equal(highest + 1, await db.Cases.MaxAsync(c => c.Id));
    }

    [PostgresFact]
    public async Task On_PostgreSQL_the_loaded_rows_are_frozen_so_no_page_is_written_again_when_first_read()
    {
        using var database = PostgresDatabase.Create();
        using var portal = new PortalAppFactory(seed: true, postgres: database);
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        // COPY FREEZE: every page of the loaded tables is marked all-visible in the load itself (the ANALYZE after it
        // counts them), so reads need no hint bits and the dashboard's counts are index-only from the start.
        var pages = await db.Database.SqlQueryRaw<PageCount>(
            "SELECT relname AS \"Table\", relpages AS \"Pages\", relallvisible AS \"AllVisible\" FROM pg_class WHERE relname IN ('Cases', 'Participants', 'SupportOrders', 'Payments', 'CaseActions')")
            .ToListAsync();

        Assert.Equal(5, pages.Count);
        Assert.All(pages, table => Assert.True(table.Pages > 0 && table.AllVisible == table.Pages, $"{table.Table}: {table.AllVisible} of {table.Pages} pages all-visible"));
    }

    private sealed record PageCount(string Table, int Pages, int AllVisible);
}
