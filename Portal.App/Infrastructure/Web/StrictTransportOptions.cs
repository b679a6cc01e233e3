using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Web;

/// <summary>
/// Configuration "Hsts": the Strict-Transport-Security header sent outside Development (over HTTPS, and not to
/// localhost). At least a year, as browsers' preload rules and ASVS ask, so a parent on a hostile network is
/// never offered the portal over plain HTTP once they have visited it.
/// </summary>
public sealed class StrictTransportOptions
{
    public const string Section = "Hsts";

    [Range(typeof(TimeSpan), "365.00:00:00", "730.00:00:00", ErrorMessage = "Hsts:MaxAge must be between 365 days and 2 years.")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Every subdomain is HTTPS-only too, so a sibling host cannot set cookies over plain HTTP.</summary>
    public bool IncludeSubDomains { get; set; } = true;

    /// <summary>Ask browsers' preload lists to carry the domain; only once every subdomain serves HTTPS.</summary>
    public bool Preload { get; set; }
}
