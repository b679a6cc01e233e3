using Microsoft.AspNetCore.Components.Server;

namespace Portal.App.Components;

/// <summary>
/// What the server keeps of a page whose browser lost its connection, set here rather than left to the framework's
/// defaults so the numbers are visible and documented (README, "Reconnecting").
/// <para>
/// For CircuitProtection:DisconnectedCircuitRetentionPeriod (<see cref="Infrastructure.Web.CircuitProtectionOptions"/>)
/// a disconnected circuit stays whole in memory, and a browser that comes back in time reconnects to it: nothing is
/// lost. Then the server lets it go, and keeps only its persisted state
/// (the pages' root components and their <c>[PersistentState]</c> properties: typed values, never a secret) for
/// <see cref="PersistedCircuitInMemoryRetentionPeriod"/>: a browser that comes back then starts a new circuit from it
/// (Blazor.resumeCircuit), on the same page with what was typed. <c>Blazor.pauseCircuit()</c> hands the same state
/// to the browser instead (protected by Data Protection).
/// </para>
/// </summary>
public static class PortalCircuits
{
    /// <summary>Persisted states kept at most (the framework's default); a few kilobytes each, see README "Performance".</summary>
    public const int PersistedCircuitInMemoryMaxRetained = 1000;

    /// <summary>
    /// How long a persisted state is kept: the idle session's length (Session:IdleTimeout's default), not the
    /// framework's 2 hours. A signed-in page resumed later would find its session over anyway, and most abandoned tabs
    /// never come back, so a shorter time holds less memory for nothing.
    /// </summary>
    public static readonly TimeSpan PersistedCircuitInMemoryRetentionPeriod = TimeSpan.FromMinutes(30);

    public static void Configure(CircuitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PersistedCircuitInMemoryMaxRetained = PersistedCircuitInMemoryMaxRetained;
        options.PersistedCircuitInMemoryRetentionPeriod = PersistedCircuitInMemoryRetentionPeriod;
    }
}
