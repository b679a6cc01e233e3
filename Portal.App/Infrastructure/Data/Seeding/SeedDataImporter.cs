using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.CaseSystem;
using Portal.Domain.Accounts;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>Loads the demo data into an empty database, in one transaction: it is all there or none of it is.</summary>
public sealed partial class SeedDataImporter(IDbContextFactory<PortalDbContext> dbFactory, ISsnFingerprinter fingerprinter, ILogger<SeedDataImporter> logger)
{
    private const int BatchSize = 5_000;
    private const int ProgressEvery = 250_000;

    /// <returns>Whether anything was imported: a database that already holds cases is never touched.</returns>
    public async Task<bool> ImportIfEmptyAsync(SeedFiles files, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // SQLite begins this as an IMMEDIATE (write) transaction: a second instance starting at the same
        // time waits here, then finds the cases and leaves them alone.
        await using var transaction = await db.Database.BeginWriterTransactionAsync(ct);
        if (await db.Cases.AnyAsync(ct)) return false;

        var started = Stopwatch.GetTimestamp();
        LogStarting(files.Folder);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        await foreach (var office in files.ReadAsync<OfficeRecord>(SeedFiles.Offices, ct)) db.Offices.Add(CaseSystemMapper.ToOffice(office));
        await db.SaveChangesAsync(ct);

        var caseIds = await ImportCasesAsync(db, files, ct);
        LogProgress(caseIds.Count, "cases");
        var payments = await ImportBatchedAsync(db, "payments", files.ReadAsync<PaymentRecord>(SeedFiles.Payments, ct),
            record => CaseSystemMapper.ToPayment(record, caseIds[record.CaseNumber]), ct);
        var actions = await ImportBatchedAsync(db, "case actions", files.ReadAsync<CaseActionRecord>(SeedFiles.CaseActions, ct),
            record => CaseSystemMapper.ToCaseAction(record, caseIds[record.CaseNumber]), ct);

        await transaction.CommitAsync(ct);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogImported(caseIds.Count, payments, actions, seconds);
        return true;
    }

    private async Task<Dictionary<string, int>> ImportCasesAsync(PortalDbContext db, SeedFiles files, CancellationToken ct)
    {
        var participants = await ToLookupAsync(files.ReadAsync<ParticipantRecord>(SeedFiles.Participants, ct), p => p.CaseNumber, ct);
        var orders = await ToLookupAsync(files.ReadAsync<SupportOrderRecord>(SeedFiles.SupportOrders, ct), o => o.CaseNumber, ct);
        var caseIds = new Dictionary<string, int>();
        var batch = new List<Domain.Cases.Case>(BatchSize);

        async Task FlushAsync()
        {
            db.Cases.AddRange(batch);
            await db.SaveChangesAsync(ct);
            foreach (var saved in batch) caseIds.Add(saved.Number.Digits, saved.Id);
            batch.Clear();
            db.ChangeTracker.Clear();
        }

        await foreach (var record in files.ReadAsync<CaseRecord>(SeedFiles.Cases, ct))
        {
            batch.Add(CaseSystemMapper.ToCase(record, participants[record.CaseNumber], orders[record.CaseNumber], fingerprinter));
            if (batch.Count == BatchSize) await FlushAsync();
        }
        await FlushAsync();
        return caseIds;
    }

    private async Task<int> ImportBatchedAsync<TRecord, TEntity>(PortalDbContext db, string what, IAsyncEnumerable<TRecord> records, Func<TRecord, TEntity> map, CancellationToken ct)
        where TEntity : class
    {
        var count = 0;
        await foreach (var record in records)
        {
            db.Add(map(record));
            if (++count % BatchSize == 0)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            // A large set takes minutes: say how far it has come.
            if (count % ProgressEvery == 0) LogProgress(count, what);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        LogProgress(count, what);
        return count;
    }

    private static async Task<ILookup<string, T>> ToLookupAsync<T>(IAsyncEnumerable<T> rows, Func<T, string> key, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list.ToLookup(key);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the demo data from {Folder} into an empty database")]
    private partial void LogStarting(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading the demo data: {Count:N0} {What}")]
    private partial void LogProgress(int count, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo data: {Cases} cases, {Payments} payments, {Actions} case actions in {Seconds:F1} s")]
    private partial void LogImported(int cases, int payments, int actions, double seconds);
}
