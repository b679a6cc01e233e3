using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Identity;

public static class AuthenticatorUserManagerExtensions
{
    /// <summary>Whether the account signs in with an authenticator app: two-factor on, with a key set up.</summary>
    public static async Task<bool> HasAuthenticatorAsync(this UserManager<PortalUser> users, PortalUser user) =>
        await users.GetTwoFactorEnabledAsync(user) && !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));
}
