using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Signals the dispatcher once a save that added outbox messages is committed: straight after SaveChanges,
/// or, inside an explicit transaction, when that transaction commits (before then the rows are invisible).
/// <see cref="EmailOutbox"/> names the contexts to watch as it queues, so other saves cost nothing here.
/// </summary>
public sealed class OutboxWakeUpInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> awaitingCommit = [];

    /// <summary>Called as a message is queued on <paramref name="context"/>: wake the dispatcher once that save commits.</summary>
    public void ExpectCommit(DbContext context) => awaitingCommit.AddOrUpdate(context, true);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) NotifyIfAwaiting(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfAwaiting(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfAwaiting(eventData.Context);
        return Task.CompletedTask;
    }

    private void NotifyIfAwaiting(DbContext? context)
    {
        if (context is not null && awaitingCommit.Remove(context)) signal.Notify();
    }
}
