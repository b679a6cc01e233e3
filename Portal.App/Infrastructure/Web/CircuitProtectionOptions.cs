using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Web;

/// <summary>
/// Configuration "Circuits": how many live circuits one client may hold, how fast it may start them, which page
/// origins may open them, and how many dropped circuits are kept for their tabs to resume.
/// </summary>
public sealed class CircuitProtectionOptions
{
    public const string Section = "Circuits";

    /// <summary>
    /// Live circuit connections per client address. A parent uses a handful of tabs; a household or a small
    /// office shares one address behind NAT, so 50 leaves room for them while one client's flood stays at
    /// about 6 MB (121 KB a circuit) instead of the 121 MB the probe reached with 1,000.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxPerAddress { get; set; } = 50;

    /// <summary>Live circuit connections per signed-in account, wherever they come from: 20 tabs is more than anyone reads.</summary>
    [Range(1, 100_000)]
    public int MaxPerAccount { get; set; } = 20;

    /// <summary>
    /// Circuit connection starts (negotiations and socket openings) per client address in
    /// <see cref="ConnectionStartWindow"/>; beyond it, 429. Each full page load with a live page starts one, and so
    /// does each reconnect attempt: 120 a minute covers several tabs reconnecting after a restart.
    /// </summary>
    [Range(1, 100_000)]
    public int ConnectionStartsPerAddress { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ConnectionStartWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The page origins (scheme://host[:port]) allowed to open a circuit. Empty: the request's own scheme and host,
    /// right when the portal is reached directly or through a proxy that passes Host on; list the public origin
    /// when a proxy rewrites Host.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// Dropped circuits kept for their tab to resume. Sized for the README's target of 1,000 open dashboards, so a
    /// network blip that drops all of them loses none (the framework keeps 100).
    /// </summary>
    [Range(0, 100_000)]
    public int DisconnectedCircuitMaxRetained { get; set; } = 1_000;

    /// <summary>How long a dropped circuit waits for its tab (the framework's 3 minutes, set explicitly).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan DisconnectedCircuitRetentionPeriod { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The entries that are not an origin such as https://portal.example.gov, for the start-up check.</summary>
    public IEnumerable<string> InvalidOrigins() =>
        AllowedOrigins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || o.EndsWith('/') || !string.IsNullOrEmpty(uri.Query));
}
