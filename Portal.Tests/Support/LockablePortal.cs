namespace Portal.Tests.Support;

/// <summary>
/// A seeded portal on Kestrel whose database a test can lock, as in an outage. Its own, so the lock never reaches
/// the shared server; its writes give up after a second (Default Timeout) instead of the app's 30.
/// </summary>
public sealed class LockablePortal : IDisposable
{
    public LockablePortal()
    {
        Factory = new KestrelPortalFactory(seed: true) { Settings = { ["Circuits:ConnectionStartsPerAddress"] = "10000" } };
        Factory.Settings["ConnectionStrings:Portal"] = $"Data Source={Factory.DatabasePath};Default Timeout=1";
    }

    public KestrelPortalFactory Factory { get; }

    /// <summary>Readers go on; every write is refused until the lock is released.</summary>
    public Task<DatabaseWriteLock> LockAsync() => DatabaseWriteLock.TakeAsync(Factory.DatabasePath);

    public void Dispose() => Factory.Dispose();
}
