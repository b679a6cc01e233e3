using Portal.Tests.Support;

namespace Portal.Tests.Platform.Diagnostics;

/// <summary>One portal with the perf endpoints on (seeded: payments need a case) and one without, shared by a test class.</summary>
public sealed class PerfPortals : IDisposable
{
    public PortalAppFactory Off { get; } = new();

    public PortalAppFactory On { get; } = new(seed: true) { Settings = { ["Diagnostics:PerfEndpoints"] = "true" } };

    public void Dispose()
    {
        Off.Dispose();
        On.Dispose();
    }
}
