namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// Live updates of message threads: a parent's pages (and their menu's unread count) listen for their own threads,
/// the caseworkers' inbox for all of them. A singleton; publish after the change was committed.
/// </summary>
public sealed partial class MessageUpdates(ILogger<MessageUpdates> logger)
{
    private const string Inbox = "";
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Func<MessageUpdate, Task>>> listeners = [];

    /// <summary>Updates of the threads of the parent <paramref name="parentUserId"/>, until disposed.</summary>
    public IDisposable SubscribeParent(string parentUserId, Func<MessageUpdate, Task> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(parentUserId);
        return Subscribe(parentUserId, handler);
    }

    /// <summary>Updates of every thread, for the caseworkers' inbox, until disposed.</summary>
    public IDisposable SubscribeInbox(Func<MessageUpdate, Task> handler) => Subscribe(Inbox, handler);

    public async Task PublishAsync(MessageUpdate update)
    {
        Func<MessageUpdate, Task>[] receivers;
        lock (gate)
        {
            receivers = [.. Listeners(update.ParentUserId), .. Listeners(Inbox)];
        }
        foreach (var receiver in receivers)
        {
            try
            {
                await receiver(update);
            }
            catch (Exception ex)
            {
                LogListenerFailed(logger, ex);
            }
        }
    }

    private Func<MessageUpdate, Task>[] Listeners(string key) => listeners.TryGetValue(key, out var list) ? [.. list] : [];

    private Unsubscriber Subscribe(string key, Func<MessageUpdate, Task> handler)
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

    [LoggerMessage(Level = LogLevel.Error, Message = "A listener failed to handle a message update")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception);

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) unsubscribe();
        }
    }
}
