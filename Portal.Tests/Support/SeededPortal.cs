namespace Portal.Tests.Support;

/// <summary>The portal on Kestrel with the committed demo data loaded, shared by the end-to-end tests.</summary>
public sealed class SeededPortal : IDisposable
{
    public KestrelPortalFactory Factory { get; } = new(seed: true);

    public void Dispose() => Factory.Dispose();
}
