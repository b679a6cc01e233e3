using System.Threading.Channels;

namespace Portal.App.Infrastructure.Background;

/// <summary>
/// Wakes a background worker when there is new work (a committed outbox message, a queued case-system change), so it
/// starts at once instead of at its next poll. Each worker has its own subclass, so each is its own singleton.
/// </summary>
public abstract class WakeUpSignal
{
    private readonly Channel<bool> wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => wakeUps.Writer.TryWrite(true);

    /// <summary>Waits for a wake-up or for <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, timeoutSource.Token);
        var wakeUp = wakeUps.Reader.WaitToReadAsync(timeoutSource.Token).AsTask();
        await Task.WhenAny(delay, wakeUp);
        await timeoutSource.CancelAsync();
        wakeUps.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
