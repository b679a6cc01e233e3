namespace Portal.App.Platform.Diagnostics;

/// <summary>Performance-measurement endpoints (configuration "Diagnostics"). Off unless configured; never on a public server.</summary>
public sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>
    /// Maps /_perf/*: a forced full GC with heap figures, the count of open circuits and, for the load harness,
    /// recording a payment. They answer loopback requests only, and do not exist (404) unless this is true.
    /// </summary>
    public bool PerfEndpoints { get; set; }
}
