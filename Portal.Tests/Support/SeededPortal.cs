namespace Portal.Tests.Support;

/// <summary>The portal on Kestrel with the committed demo data loaded, shared by the end-to-end tests.</summary>
public sealed class SeededPortal : IDisposable
{
    public KestrelPortalFactory Factory { get; } = new(seed: true)
    {
        // Every browser test comes from 127.0.0.1: the collection's failed "find your case" attempts must not
        // add up to the per-client limit (5 an hour by default) and turn later tests' matches into "no match".
        // Likewise the collection's page loads, one circuit start each, must not reach the per-client start rate.
        Settings = { ["Registration:FailedMatchesPerClient"] = "100", ["Circuits:ConnectionStartsPerAddress"] = "10000" },
    };

    public void Dispose() => Factory.Dispose();
}
