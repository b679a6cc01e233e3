using System.Threading.Channels;
using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

/// <summary>
/// Live dashboards of a case share one subscription to <see cref="ICaseUpdateNotifier"/>: on each update the
/// case's dashboard data is loaded ONCE and the same instance handed to every open dashboard of the case, so a
/// payment seen by 1,000 dashboards costs one query, not 1,000. Updates of one case are handled in order.
/// The notifier's call only queues the update: loading and handing it out happen on the case's own worker, and
/// each dashboard renders through its circuit's dispatcher without the worker awaiting it, so whoever recorded
/// the payment (an import, a caseworker) returns right after the commit instead of waiting on 1,000 renders.
/// </summary>
public sealed partial class CaseDashboardFeed(ICaseUpdateNotifier notifier, DashboardService dashboards, ILogger<CaseDashboardFeed> logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<CaseNumber, CaseGroup> groups = [];

    public IDisposable Subscribe(CaseNumber caseNumber, Func<CaseDashboardRefresh, Task> onRefresh)
    {
        ArgumentNullException.ThrowIfNull(onRefresh);
        lock (gate)
        {
            if (!groups.TryGetValue(caseNumber, out var group))
            {
                group = new CaseGroup(this, caseNumber);
                groups[caseNumber] = group;
                group.Start(notifier);
            }
            return group.Add(onRefresh);
        }
    }

    /// <summary>How many live dashboards follow a case (for tests and diagnostics).</summary>
    public int DashboardCount(CaseNumber caseNumber)
    {
        lock (gate) return groups.TryGetValue(caseNumber, out var group) ? group.Count : 0;
    }

    private void Leave(CaseGroup group, Listener listener)
    {
        var ended = false;
        lock (gate)
        {
            if (group.Remove(listener) == 0 && groups.TryGetValue(group.CaseNumber, out var current) && ReferenceEquals(current, group))
            {
                groups.Remove(group.CaseNumber);
                ended = true;
            }
        }
        if (ended) group.Stop();
    }

    /// <summary>One update of a case: loaded once, then handed to every dashboard of the case that is open now.</summary>
    private async Task HandleAsync(CaseGroup group, CaseUpdate update)
    {
        var listeners = group.Snapshot();
        if (listeners.Length == 0) return;
        CaseDashboardData? data;
        try
        {
            data = await dashboards.LoadAsync(group.CaseNumber);
        }
        catch (Exception ex)
        {
            LogLoadFailed(logger, ex, update.Kind);
            return;
        }
        if (data is null) return;
        var refresh = new CaseDashboardRefresh(update, data);
        foreach (var listener in listeners)
        {
            if (listener.IsDisposed) continue;
            Task delivered;
            try
            {
                // Each dashboard renders through its own circuit (InvokeAsync); not awaited, so one slow or
                // disconnected circuit delays nobody else.
                delivered = listener.OnRefresh(refresh);
            }
            catch (Exception ex)
            {
                LogDashboardFailed(logger, ex, update.Kind);
                continue;
            }
            if (!delivered.IsCompletedSuccessfully) _ = ObserveAsync(delivered, update.Kind);
        }
    }

    private async Task ObserveAsync(Task delivered, CaseUpdateKind kind)
    {
        try
        {
            await delivered;
        }
        catch (Exception ex)
        {
            LogDashboardFailed(logger, ex, kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live dashboard failed to take a case update ({Kind})")]
    private static partial void LogDashboardFailed(ILogger logger, Exception exception, CaseUpdateKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading a case's dashboard for its live dashboards failed ({Kind})")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, CaseUpdateKind kind);

    private sealed class CaseGroup(CaseDashboardFeed feed, CaseNumber caseNumber)
    {
        private readonly Channel<CaseUpdate> updates = Channel.CreateUnbounded<CaseUpdate>(new UnboundedChannelOptions { SingleReader = true });
        private Listener[] listeners = [];
        private IDisposable? notifierSubscription;

        public CaseNumber CaseNumber { get; } = caseNumber;
        public int Count => listeners.Length;

        public void Start(ICaseUpdateNotifier notifier)
        {
            notifierSubscription = notifier.Subscribe(CaseNumber, update =>
            {
                // Only queued here: the publisher (the writer, after its commit) does not wait for the dashboards.
                updates.Writer.TryWrite(update);
                return Task.CompletedTask;
            });
            // Not with the first dashboard's execution context: the worker outlives that circuit.
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(RunAsync);
        }

        public void Stop()
        {
            notifierSubscription?.Dispose();
            updates.Writer.TryComplete();
        }

        // The case's worker: one update at a time, in the order they were published.
        private async Task RunAsync()
        {
            await foreach (var update in updates.Reader.ReadAllAsync())
            {
                await feed.HandleAsync(this, update);
            }
        }

        // Called under the feed's lock; the array is replaced, never changed, so Snapshot needs no lock.
        public Listener Add(Func<CaseDashboardRefresh, Task> onRefresh)
        {
            var listener = new Listener(feed, this, onRefresh);
            listeners = [.. listeners, listener];
            return listener;
        }

        public int Remove(Listener listener)
        {
            listeners = [.. listeners.Where(l => !ReferenceEquals(l, listener))];
            return listeners.Length;
        }

        public Listener[] Snapshot() => Volatile.Read(ref listeners);
    }

    private sealed class Listener(CaseDashboardFeed feed, CaseGroup group, Func<CaseDashboardRefresh, Task> onRefresh) : IDisposable
    {
        private int disposed;

        public Func<CaseDashboardRefresh, Task> OnRefresh { get; } = onRefresh;

        public bool IsDisposed => Volatile.Read(ref disposed) == 1;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) feed.Leave(group, this);
        }
    }
}
