using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Platform.Session;

/// <summary>
/// The IP address of the browser that owns this circuit, for the case matcher's per-client rate limit.
/// Scoped: one per circuit. <see cref="ClientAddressCapture"/> (in LiveCircuit, on every interactive page) fills it while the first
/// page is prerendered over HTTP and carries it into the circuit through PersistentComponentState
/// (protected by Data Protection, so the browser cannot change it).
/// </summary>
public sealed class ClientAddress
{
    /// <summary>Used when the address could not be captured: such clients share one (stricter) rate-limit bucket.</summary>
    public const string Unknown = "unknown";

    public string Value { get; set; } = Unknown;
}
