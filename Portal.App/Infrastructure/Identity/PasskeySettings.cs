using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Identity;

/// <summary>The portal's passkey rules, as Identity's WebAuthn options.</summary>
public static class PasskeySettings
{
    public static void Apply(IdentityPasskeyOptions identity, PasskeyOptions passkeys)
    {
        identity.ServerDomain = string.IsNullOrWhiteSpace(passkeys.ServerDomain) ? null : passkeys.ServerDomain.Trim();
        identity.AuthenticatorTimeout = passkeys.Timeout;
        // A passkey stands in for the password and the code: the authenticator must check it is its owner (PIN, biometrics).
        identity.UserVerificationRequirement = "required";
        identity.ResidentKeyRequirement = "required"; // discoverable, so sign-in needs no user name first
        // The origin the authenticator signed (in its client data) must be this site's. Identity's default compares it with
        // the request's Origin header, which a form post sends as "null" under the portal's Referrer-Policy: no-referrer;
        // the request's own scheme and host (X-Forwarded-Proto believed only from ReverseProxy:KnownProxies) say the same.
        var allowed = passkeys.AllowedOrigins.Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        identity.ValidateOrigin = context => ValueTask.FromResult(!context.CrossOrigin && (allowed.Count > 0
            ? allowed.Contains(context.Origin)
            : string.Equals(context.Origin, $"{context.HttpContext.Request.Scheme}://{context.HttpContext.Request.Host}", StringComparison.OrdinalIgnoreCase)));
    }
}
