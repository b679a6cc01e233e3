using System.Text.RegularExpressions;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Masks email addresses in text that came from outside (a provider's error, an SMTP reply) before it is logged
/// or stored: the domain stays, because it is what tells a bounce at one mail system from an outage at another.
/// </summary>
internal static partial class EmailAddressRedactor
{
    public static string Redact(string text) =>
        string.IsNullOrEmpty(text) ? text : EmailAddress().Replace(text, "***@${domain}");

    // Loose on purpose: masking something that only looks like an address costs nothing, missing one leaks it.
    [GeneratedRegex(@"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@(?<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
