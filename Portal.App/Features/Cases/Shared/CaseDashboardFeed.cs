using System.Threading.Channels;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Live dashboards of a case share one subscription to <see cref="ICaseUpdateNotifier"/> and one copy of the case's
/// dashboard data: a dashboard that opens takes the copy its case's open dashboards already show (<see cref="CurrentAsync"/>),
/// and on each update the data is loaded ONCE and the same instance handed to every open dashboard, so a payment seen
/// by 1,000 dashboards costs one query, and 1,000 open dashboards hold one copy of the figures, not 1,000.
/// Updates of one case are handled in order. The notifier's call only queues the update: loading and handing it out
/// happen on the case's own worker, and each dashboard renders through its circuit's dispatcher without the worker
/// awaiting it, so whoever recorded the payment (an import, a caseworker) returns right after the commit.
/// </summary>
public sealed partial class CaseDashboardFeed(ICaseUpdateNotifier notifier, CaseDashboards dashboards, TimeProvider time, ILogger<CaseDashboardFeed> logger)
{
    // An update is handed out in slices of this many dashboards, yielding the thread between slices. Each dashboard's
    // render queues its send; the yield lets a slice's sends go out before the next slice renders, so their buffers are
    // back in the shared pool (32 per core) when the next slice asks, instead of 1,000 fresh ones per update, and other
    // work on the server runs between slices rather than after a whole case's fan-out.
    private const int DashboardsPerSlice = 16;

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

    /// <summary>
    /// The case's dashboard as it stands, or null when there is no such case: the copy the case's open dashboards share
    /// when there is a current one; else <paramref name="prerendered"/> (the data its page was prerendered with) when it
    /// is still current; else a fresh load. Either becomes the shared copy unless an update arrived meanwhile.
    /// Subscribe first, then ask: an update that lands in between then reaches the dashboard as a refresh.
    /// </summary>
    /// <remarks>
    /// The prerendered copy is adopted only when the feed holds no current copy of its own, so a circuit never keeps a
    /// second copy beside the shared one (the dashboard drops its deserialized copy after this call), and only when it is
    /// still current: computed on this Arizona day, and the case's <see cref="CaseRecordStamp"/> (one small query) is the
    /// one read before the copy was. A record added between the prerender and the subscription changes the stamp, so the
    /// data is loaded again; one added after the subscription arrives as a refresh and keeps the copy from being shared.
    /// </remarks>
    public async Task<CaseDashboardData?> CurrentAsync(CaseNumber caseNumber, CaseDashboardData? prerendered = null)
    {
        CaseGroup? group;
        lock (gate) groups.TryGetValue(caseNumber, out group);
        var today = Portal.Domain.ArizonaTime.Today(time);
        if (group?.Shared(today) is { } shared) return shared;
        var version = group?.Version ?? 0;
        var data = prerendered is { } copy && copy.CaseNumber == caseNumber && copy.Summary.AsOf == today
            && await dashboards.StampAsync(caseNumber) == copy.Stamp
                ? copy
                : await dashboards.LoadAsync(caseNumber);
        return data is null || group is null ? data : group.Adopt(data, version, today);
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
        if (group.Count == 0) return;
        var version = group.Version;
        var today = Portal.Domain.ArizonaTime.Today(time);
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
        group.Offer(data, version, today);
        // Taken after the load: a dashboard that opened while it ran gets this update too.
        var listeners = group.Snapshot();
        var refresh = new CaseDashboardRefresh(update, data);
        var handed = 0;
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
            if (++handed % DashboardsPerSlice == 0) await Task.Yield();
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
        // The copy of the case's dashboard its dashboards share: dropped the moment an update is announced (Version
        // moves on), replaced by the next load that began after it, and only for the Arizona day it was computed on
        // (the summary's figures depend on the date).
        private readonly Lock sharedGate = new();
        private int version;
        private CaseDashboardData? shared;
        private DateOnly sharedDay;

        public CaseNumber CaseNumber { get; } = caseNumber;
        public int Count => listeners.Length;

        public int Version
        {
            get { lock (sharedGate) return version; }
        }

        public CaseDashboardData? Shared(DateOnly today)
        {
            lock (sharedGate) return shared is not null && sharedDay == today ? shared : null;
        }

        /// <summary>Shares data loaded after <paramref name="loadedAtVersion"/>, if no update was announced since.</summary>
        public void Offer(CaseDashboardData data, int loadedAtVersion, DateOnly today)
        {
            lock (sharedGate)
            {
                if (version != loadedAtVersion) return;
                shared = data;
                sharedDay = today;
            }
        }

        /// <summary>
        /// The copy a dashboard that opens should show of data current at <paramref name="loadedAtVersion"/>: the shared
        /// one when another dashboard that opened meanwhile shared one, else this one, which is shared if no update was
        /// announced since (two dashboards that open at once then keep one copy, not two).
        /// </summary>
        public CaseDashboardData Adopt(CaseDashboardData data, int loadedAtVersion, DateOnly today)
        {
            lock (sharedGate)
            {
                if (version != loadedAtVersion) return data;
                if (shared is not null && sharedDay == today) return shared;
                shared = data;
                sharedDay = today;
                return data;
            }
        }

        public void Start(ICaseUpdateNotifier notifier)
        {
            notifierSubscription = notifier.Subscribe(CaseNumber, update =>
            {
                // Only queued here: the publisher (the writer, after its commit) does not wait for the dashboards.
                lock (sharedGate)
                {
                    version++;
                    shared = null;
                }
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
