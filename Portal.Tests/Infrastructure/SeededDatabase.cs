using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>One app started on the committed demo data, shared by the tests that only read it.</summary>
public sealed class SeededDatabase : IDisposable
{
    public PortalAppFactory Factory { get; } = Start();

    public void Dispose() => Factory.Dispose();

    private static PortalAppFactory Start()
    {
        var factory = new PortalAppFactory(seed: true);
        _ = factory.Server;
        return factory;
    }
}
