using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>One app started on the committed demo data, shared by the tests that only read it.</summary>
public sealed class SeededDatabase : IDisposable
{
    public PortalAppFactory Factory { get; } = Start();

    public void Dispose() => Factory.Dispose();

    private static PortalAppFactory Start()
    {
        // Seeded by the app itself: the seed tests read what loading logged.
        var factory = new PortalAppFactory(seed: true) { CopiesSeededDatabase = false };
        _ = factory.Server;
        return factory;
    }
}
