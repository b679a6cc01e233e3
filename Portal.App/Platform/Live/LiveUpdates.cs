namespace Portal.App.Platform.Live;

/// <summary>
/// In-process live updates of one kind, for open pages: each update goes to the listeners of its owner (a parent's
/// pages) and to those of everyone (a staff queue). Updates carry ids only; receivers read what they may see. A
/// singleton per kind; publish after the change was committed. One listener's failure is logged and reaches no other.
/// </summary>
public abstract partial class LiveUpdates<TUpdate>(ILogger logger)
{
    private const string Everyone = "";
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Func<TUpdate, Task>>> listeners = [];

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

    public async Task PublishAsync(TUpdate update)
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

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) unsubscribe();
        }
    }
}
