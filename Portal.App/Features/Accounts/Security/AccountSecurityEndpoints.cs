using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.Security;

public static class AccountSecurityEndpoints
{
    /// <summary>Where the security page sends a browser whose wrong passwords there just locked the account.</summary>
    public const string LockedOutPath = "/account/session/locked";

    /// <summary>The sign-in page, saying the session ended because the account is locked.</summary>
    public const string SignInAfterLockout = "/signin?ended=locked&returnUrl=%2Faccount%2Fsecurity";

    /// <summary>What the security page says after a renewal, by the change that caused it (anything else is ignored).</summary>
    public static readonly IReadOnlySet<string> Changes = new HashSet<string>(StringComparer.Ordinal) { "password", "authenticator-off" };

    /// <summary>
    /// GET /account/session/renew?ticket=…&amp;changed=…: the full page load after a change that ended every session,
    /// which gives this browser a fresh cookie (see <see cref="SessionRenewal"/>) and returns it to the security page.
    /// GET /account/session/locked: the full page load after the account locked, which removes this browser's cookie
    /// at once (the cookie's own check runs only every Session:RevalidationInterval) and goes to sign-in.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountSecurity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SessionRenewal.Path, async (HttpContext http, SessionRenewal renewal, string? ticket, string? changed) =>
        {
            var change = changed is not null && Changes.Contains(changed) ? changed : null;
            return await renewal.RenewAsync(http, ticket)
                ? Results.LocalRedirect(change is null ? "/account/security" : $"/account/security?changed={change}")
                : Results.LocalRedirect("/signin?returnUrl=%2Faccount%2Fsecurity");
        });
        endpoints.MapGet(LockedOutPath, async (HttpContext http, UserManager<PortalUser> users, PortalSignInManager signIns, SessionRegistry sessions,
            IOptions<IdentityOptions> identity, IOptions<PortalSessionOptions> session, TimeProvider time) =>
        {
            // The lockout ended the stored session, so the cookie handler has already turned this request away: the
            // cookie as sent still says whose session it was, and so whether to say why it ended.
            var principal = http.User.Identity?.IsAuthenticated == true ? http.User : SessionCookie.ReadAsSent(http)?.Principal;
            if (principal?.Identity?.IsAuthenticated != true) return Results.LocalRedirect("/signin");
            // Only a session that is over is signed out here: a link to this address cannot sign anyone out.
            if (await SessionValidity.IsStillValidAsync(principal, users, sessions, identity.Value, session.Value, time)) return Results.LocalRedirect("/account/security");
            var locked = await users.GetUserAsync(principal) is { } user && user.LockoutEnd > time.GetUtcNow();
            await signIns.SignOutAsync();
            return Results.LocalRedirect(locked ? SignInAfterLockout : "/signin?returnUrl=%2Faccount%2Fsecurity");
        });
        return endpoints;
    }
}
