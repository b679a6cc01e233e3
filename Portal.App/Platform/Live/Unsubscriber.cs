namespace Portal.App.Platform.Live;

/// <summary>A subscription's end: runs <paramref name="unsubscribe"/> on the first Dispose only.</summary>
public sealed class Unsubscriber(Action unsubscribe) : IDisposable
{
    private int disposed;

    public static readonly Unsubscriber Nothing = new(() => { });

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0) unsubscribe();
    }
}
