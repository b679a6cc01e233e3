using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Platform.Live;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// A singleton holding each case's subscribers on this instance. Publishing hands the update to the subscribers of
/// that case and waits for them; one failing subscriber is logged and does not stop the others. Subscribers hand the
/// update off and return (<see cref="CaseDashboardFeed"/> queues it for the case's worker), so the writer that
/// publishes after its commit never waits on the dashboards' renders. The update then goes to the other instances as
/// a <see cref="CaseUpdateSignal"/> (ids only) on the <see cref="ILiveUpdateBus"/>; an instance that has subscribers of
/// that case reads the record back and delivers it the same way.
/// </summary>
public sealed partial class CaseUpdateNotifier : ICaseUpdateNotifier
{
    private const string Topic = nameof(CaseUpdate);
    private readonly Lock gate = new();
    private readonly Dictionary<CaseNumber, Subscription[]> subscribers = [];
    private readonly ILiveUpdateBus bus;
    private readonly IDbContextFactory<PortalDbContext> dbFactory;
    private readonly ILogger<CaseUpdateNotifier> logger;

    public CaseUpdateNotifier(ILiveUpdateBus bus, IDbContextFactory<PortalDbContext> dbFactory, ILogger<CaseUpdateNotifier> logger)
    {
        this.bus = bus;
        this.dbFactory = dbFactory;
        this.logger = logger;
        // A singleton's subscription, for the life of the app (the bus ends with it).
        bus.Subscribe(Topic, OnSignalAsync);
    }

    public IDisposable Subscribe(CaseNumber caseNumber, Func<CaseUpdate, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, caseNumber, handler);
        lock (gate)
        {
            // Copy on write: publishing reads an array without taking the lock.
            subscribers[caseNumber] = subscribers.TryGetValue(caseNumber, out var current) ? [.. current, subscription] : [subscription];
        }
        return subscription;
    }

    /// <summary>How many subscriptions a case has (for tests and diagnostics).</summary>
    public int SubscriberCount(CaseNumber caseNumber)
    {
        lock (gate) return subscribers.TryGetValue(caseNumber, out var current) ? current.Length : 0;
    }

    public async Task PublishAsync(CaseUpdate update, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await DeliverAsync(update);
        await bus.PublishAsync(Topic, JsonSerializer.Serialize(CaseUpdateSignal.From(update)));
    }

    // Another instance's update: read back only when this instance has dashboards of that case open.
    private async Task OnSignalAsync(string message)
    {
        if (JsonSerializer.Deserialize<CaseUpdateSignal>(message) is not { } signal
            || !CaseNumber.TryParse(signal.Case, out var caseNumber) || SubscriberCount(caseNumber) == 0) return;
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await signal.ReadAsync(db) is { } update) await DeliverAsync(update);
    }

    private async Task DeliverAsync(CaseUpdate update)
    {
        Subscription[]? current;
        lock (gate) subscribers.TryGetValue(update.CaseNumber, out current);
        if (current is null) return;
        if (current.Length == 1)
        {
            await DeliverAsync(current[0], update);
            return;
        }
        await Task.WhenAll(current.Select(s => DeliverAsync(s, update)));
    }

    private async Task DeliverAsync(Subscription subscription, CaseUpdate update)
    {
        try
        {
            await subscription.Handler(update);
        }
        catch (Exception ex)
        {
            LogSubscriberFailed(logger, ex, update.Kind);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            if (!subscribers.TryGetValue(subscription.CaseNumber, out var current)) return;
            var remaining = current.Where(s => !ReferenceEquals(s, subscription)).ToArray();
            if (remaining.Length == 0) subscribers.Remove(subscription.CaseNumber);
            else subscribers[subscription.CaseNumber] = remaining;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber failed to handle a case update ({Kind})")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception, CaseUpdateKind kind);

    private sealed class Subscription(CaseUpdateNotifier owner, CaseNumber caseNumber, Func<CaseUpdate, Task> handler) : IDisposable
    {
        private int disposed;

        public CaseNumber CaseNumber { get; } = caseNumber;
        public Func<CaseUpdate, Task> Handler { get; } = handler;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Remove(this);
        }
    }
}
