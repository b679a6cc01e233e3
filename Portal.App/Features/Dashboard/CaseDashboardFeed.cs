using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

/// <summary>
/// Live dashboards of a case share one subscription to <see cref="ICaseUpdateNotifier"/>: on each update the
/// case's dashboard data is loaded ONCE and the same instance handed to every open dashboard of the case, so a
/// payment seen by 1,000 dashboards costs one query, not 1,000. Updates of one case are handled in order.
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
        IDisposable? toEnd = null;
        lock (gate)
        {
            if (group.Remove(listener) == 0 && groups.TryGetValue(group.CaseNumber, out var current) && ReferenceEquals(current, group))
            {
                groups.Remove(group.CaseNumber);
                toEnd = group.NotifierSubscription;
            }
        }
        toEnd?.Dispose();
    }

    private async Task OnUpdateAsync(CaseGroup group, CaseUpdate update)
    {
        await group.Serial.WaitAsync();
        try
        {
            var listeners = group.Snapshot();
            if (listeners.Length == 0) return;
            var data = await dashboards.LoadAsync(group.CaseNumber);
            if (data is null) return;
            var refresh = new CaseDashboardRefresh(update, data);
            await Task.WhenAll(listeners.Select(l => DeliverAsync(l, refresh)));
        }
        finally
        {
            group.Serial.Release();
        }
    }

    private async Task DeliverAsync(Listener listener, CaseDashboardRefresh refresh)
    {
        try
        {
            await listener.OnRefresh(refresh);
        }
        catch (Exception ex)
        {
            LogDashboardFailed(logger, ex, refresh.Update.Kind);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live dashboard failed to take a case update ({Kind})")]
    private static partial void LogDashboardFailed(ILogger logger, Exception exception, CaseUpdateKind kind);

    private sealed class CaseGroup(CaseDashboardFeed feed, CaseNumber caseNumber)
    {
        private Listener[] listeners = [];

        public CaseNumber CaseNumber { get; } = caseNumber;
        public SemaphoreSlim Serial { get; } = new(1, 1);
        public IDisposable? NotifierSubscription { get; private set; }
        public int Count => listeners.Length;

        public void Start(ICaseUpdateNotifier notifier) =>
            NotifierSubscription = notifier.Subscribe(CaseNumber, update => feed.OnUpdateAsync(this, update));

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

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) feed.Leave(group, this);
        }
    }
}
