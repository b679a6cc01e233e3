using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Configuration "Passkeys": who the portal is to an authenticator (the WebAuthn relying party). With nothing set,
/// the relying party id is the host the browser asked for and a credential is accepted only from the origin the
/// request was made to,
/// which is right for one public address and for http://localhost on any port (development and the test servers).
/// </summary>
public sealed class PasskeyOptions
{
    public const string Section = "Passkeys";

    /// <summary>The relying party id ("portal.example.gov"): a passkey works on this domain and its subdomains only. Null: the request's host.</summary>
    [MaxLength(253)]
    public string? ServerDomain { get; set; }

    /// <summary>Origins a credential may come from ("https://portal.example.gov"). Empty: only the origin of the request itself.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long the browser waits for the person at their authenticator.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(3);
}
