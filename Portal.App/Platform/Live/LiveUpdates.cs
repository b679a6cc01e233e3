using System.Text.Json;

namespace Portal.App.Platform.Live;

/// <summary>
/// Live updates of one kind, for open pages: each update goes to the listeners of its owner (a parent's pages) and to
/// those of everyone (a staff queue), on this instance and, through the <see cref="ILiveUpdateBus"/>, on the others.
/// Updates carry ids only; receivers read what they may see. A singleton per kind; publish after the change was
/// committed. One listener's failure is logged and reaches no other.
/// </summary>
public abstract partial class LiveUpdates<TUpdate>
{
    private const string Everyone = "";
    private static readonly string Topic = typeof(TUpdate).Name;
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Func<TUpdate, Task>>> listeners = [];
    private readonly ILiveUpdateBus bus;
    private readonly ILogger logger;

    protected LiveUpdates(ILiveUpdateBus bus, ILogger logger)
    {
        this.bus = bus;
        this.logger = logger;
        // A singleton's subscription, for the life of the app (the bus ends with it).
        bus.Subscribe(Topic, message => JsonSerializer.Deserialize<TUpdate>(message) is { } update ? DeliverAsync(update) : Task.CompletedTask);
    }

    /// <summary>Whose update it is: the key its owner's pages subscribe with.</summary>
    protected abstract string OwnerOf(TUpdate update);

    /// <summary>Updates owned by <paramref name="owner"/>, until disposed.</summary>
    public IDisposable SubscribeOwner(string owner, Func<TUpdate, Task> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return Subscribe(owner, handler);
    }

    /// <summary>Every update, for a staff queue, until disposed.</summary>
    public IDisposable SubscribeAll(Func<TUpdate, Task> handler) => Subscribe(Everyone, handler);

    /// <summary>Delivers <paramref name="update"/> to this instance's listeners, then to the other instances'.</summary>
    public async Task PublishAsync(TUpdate update)
    {
        await DeliverAsync(update);
        await bus.PublishAsync(Topic, JsonSerializer.Serialize(update));
    }

    private async Task DeliverAsync(TUpdate update)
    {
        Func<TUpdate, Task>[] receivers;
        lock (gate)
        {
            receivers = [.. Listeners(OwnerOf(update)), .. Listeners(Everyone)];
        }
        foreach (var receiver in receivers)
        {
            try
            {
                await receiver(update);
            }
            catch (Exception ex)
            {
                LogListenerFailed(logger, typeof(TUpdate).Name, ex);
            }
        }
    }

    private Func<TUpdate, Task>[] Listeners(string key) => listeners.TryGetValue(key, out var list) ? [.. list] : [];

    private Unsubscriber Subscribe(string key, Func<TUpdate, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (gate)
        {
            if (!listeners.TryGetValue(key, out var list)) listeners[key] = list = [];
            list.Add(handler);
        }
        return new Unsubscriber(() =>
        {
            lock (gate)
            {
                if (listeners.TryGetValue(key, out var list) && list.Remove(handler) && list.Count == 0) listeners.Remove(key);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A listener failed to handle a live update ({Kind})")]
    private static partial void LogListenerFailed(ILogger logger, string kind, Exception exception);
}
