using System.Data;
using Microsoft.EntityFrameworkCore;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Transactions that read, decide and then write ("one check at a time per code"), with the rule each provider
/// offers for that:
/// - SQLite: <c>BEGIN IMMEDIATE</c>. One writer at a time, so two such transactions never overlap.
/// - PostgreSQL: <c>SERIALIZABLE</c>. They run side by side, and only two that touch the same rows conflict: when
///   their outcome could not have come from running them one after the other, PostgreSQL aborts one (40001, or a
///   deadlock, 40P01). That one runs again from the start on a clean context and reads what the other committed.
/// The work may commit or roll back itself (to keep a file in step, or to undo a refusal's writes); otherwise the
/// transaction commits when the work returns. Effects outside the database belong after this call, as a retry
/// repeats everything inside it.
/// </summary>
public static class WriterTransactions
{
    /// <summary>Enough for a burst of clicks on one account; each retry waits a little longer, with jitter.</summary>
    public const int MaxAttempts = 8;

    public static async Task<T> InWriterTransactionAsync<T>(this DbContext db, Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1) db.ChangeTracker.Clear(); // what the aborted try loaded or changed is gone with it
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            try
            {
                var result = await work();
                if (db.Database.CurrentTransaction is not null) await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception exception) when (attempt < MaxAttempts && DatabaseErrors.IsSerializationFailure(exception))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(attempt * Random.Shared.Next(5, 25)), cancellationToken);
            }
        }
    }
}
