using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.CaseSystem;
using Portal.Domain.Accounts;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>
/// Loads the demo data (or a state-sized set made by seed-data/Portal.SeedData) into an empty database in bulk
/// (<see cref="BulkInsert"/>), in one transaction: it is all there or none of it is.
/// </summary>
public sealed partial class SeedDataImporter(IDbContextFactory<PortalDbContext> dbFactory, ISsnFingerprinter fingerprinter, ILogger<SeedDataImporter> logger)
{
    private const int ProgressEvery = 250_000;

    /// <returns>Whether anything was imported: a database that already holds cases is never touched.</returns>
    public async Task<bool> ImportIfEmptyAsync(SeedFiles files, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One transaction, so a half-loaded set never shows. Instances starting at once take turns before this (the
        // start-up lock): the second finds the cases and leaves them alone.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Cases.AnyAsync(ct)) return false;

        var clock = Stopwatch.StartNew();
        LogStarting(files.Folder);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        await foreach (var office in files.ReadAsync<OfficeRecord>(SeedFiles.Offices, ct)) db.Offices.Add(CaseSystemMapper.ToOffice(office));
        await db.SaveChangesAsync(ct);

        var caseIds = await ImportCasesAsync(db, files, ct);
        LogProgress(caseIds.Count, "cases", clock.Elapsed.TotalSeconds);
        // Millions of rows for a state's caseload: written in bulk (prepared INSERTs on SQLite, COPY on PostgreSQL).
        var payments = await BulkInsert.WriteAsync(db, files.ReadAsync<PaymentRecord>(SeedFiles.Payments, ct)
            .Select(record => CaseSystemMapper.ToPayment(record, caseIds[record.CaseNumber])), count => LogProgress(count, "payments", clock.Elapsed.TotalSeconds), ProgressEvery, intoEmptyTable: true, ct);
        var actions = await BulkInsert.WriteAsync(db, files.ReadAsync<CaseActionRecord>(SeedFiles.CaseActions, ct)
            .Select(record => CaseSystemMapper.ToCaseAction(record, caseIds[record.CaseNumber])), count => LogProgress(count, "case actions", clock.Elapsed.TotalSeconds), ProgressEvery, intoEmptyTable: true, ct);

        await transaction.CommitAsync(ct);
        // The planner's statistics, for tables that went from empty to millions of rows: without them PostgreSQL plans
        // the dashboard's queries blind until autovacuum comes round.
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        var seconds = clock.Elapsed.TotalSeconds;
        LogImported(caseIds.Count, payments, actions, seconds);
        return true;
    }

    // The cases table is empty: each case gets its id here, in file order, so its participants and orders name it as
    // they are written, and payments and actions after them.
    private async Task<Dictionary<string, int>> ImportCasesAsync(PortalDbContext db, SeedFiles files, CancellationToken ct)
    {
        var caseIds = new Dictionary<string, int>();
        var numbered = files.ReadAsync<CaseRecord>(SeedFiles.Cases, ct).Select(record =>
        {
            caseIds.Add(record.CaseNumber, caseIds.Count + 1);
            return record;
        });
        await BulkInsert.WriteAsync(db, numbered, record => CaseSystemMapper.ToCase(record, [], [], fingerprinter), [new("Id", record => caseIds[record.CaseNumber])], intoEmptyTable: true, ct: ct);
        await BulkInsert.WriteAsync(db, files.ReadAsync<ParticipantRecord>(SeedFiles.Participants, ct), record => CaseSystemMapper.ToParticipant(record, fingerprinter),
            [new("CaseId", record => caseIds[record.CaseNumber])], intoEmptyTable: true, ct: ct);
        await BulkInsert.WriteAsync(db, files.ReadAsync<SupportOrderRecord>(SeedFiles.SupportOrders, ct), CaseSystemMapper.ToSupportOrder,
            [new("CaseId", record => caseIds[record.CaseNumber])], intoEmptyTable: true, ct: ct);
        return caseIds;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the demo data from {Folder} into an empty database")]
    private partial void LogStarting(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the demo data: {Count:N0} {What} ({Seconds:F0} s)")]
    private partial void LogProgress(int count, string what, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data: {Cases} cases, {Payments} payments, {Actions} case actions in {Seconds:F1} s")]
    private partial void LogImported(int cases, int payments, int actions, double seconds);
}
