using Microsoft.AspNetCore.Authorization;

namespace Portal.App.Infrastructure.Identity;

/// <summary>What each of <see cref="PortalPolicies"/> requires: one definition for the app and for component tests.</summary>
public static class PortalAuthorizationPolicies
{
    public static AuthorizationOptions AddPortalPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(PortalPolicies.Parent, policy => policy.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId));
        options.AddPolicy(PortalPolicies.Staff, policy => policy.RequireAuthenticatedUser().RequireRole(PortalRoles.Caseworker, PortalRoles.Supervisor));
        options.AddPolicy(PortalPolicies.Supervisor, policy => policy.RequireAuthenticatedUser().RequireRole(PortalRoles.Supervisor));
        return options;
    }
}
