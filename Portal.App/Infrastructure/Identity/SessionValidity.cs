using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Identity;

/// <summary>The one rule, for cookies and for live circuits alike, of whether a signed-in session may go on.</summary>
public static class SessionValidity
{
    public static async Task<bool> IsStillValidAsync(ClaimsPrincipal principal, UserManager<PortalUser> users, SessionRegistry sessions, IdentityOptions identity, PortalSessionOptions session, TimeProvider time)
    {
        if (principal.Identity?.IsAuthenticated != true) return true; // nothing to end
        if (!WithinAbsoluteLifetime(principal, session, time)) return false;
        // Not cached: an open page learns of an ending made by any instance at its next re-check.
        if (!await sessions.IsActiveAsync(principal, recordActivity: false, useCache: false)) return false;

        var user = await users.GetUserAsync(principal);
        if (user is null || user.AccessDisabledAt is not null || user.LockoutEnd > time.GetUtcNow()) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stamp = principal.FindFirstValue(identity.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }

    public static bool WithinAbsoluteLifetime(ClaimsPrincipal principal, PortalSessionOptions session, TimeProvider time) =>
        DateTimeOffset.TryParse(principal.FindFirstValue(PortalClaims.SignedInAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
        && time.GetUtcNow() < signedInAt + session.AbsoluteLifetime;
}
