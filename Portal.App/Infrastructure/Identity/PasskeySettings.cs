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
        if (passkeys.AllowedOrigins.Count > 0)
        {
            var allowed = passkeys.AllowedOrigins.Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            identity.ValidateOrigin = context => ValueTask.FromResult(!context.CrossOrigin && allowed.Contains(context.Origin));
        }
    }
}
