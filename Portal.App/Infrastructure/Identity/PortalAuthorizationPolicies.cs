using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Portal.App.Infrastructure.Identity;

/// <summary>What each of <see cref="PortalPolicies"/> requires: one definition for the app and for component tests.</summary>
public static class PortalAuthorizationPolicies
{
    public static AuthorizationOptions AddPortalPolicies(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(PortalPolicies.Parent, policy => policy.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId));
        options.AddPolicy(PortalPolicies.Applicant, policy => policy.RequireAuthenticatedUser().RequireAssertion(context => IsApplicant(context.User)));
        options.AddPolicy(PortalPolicies.Customer, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasClaim(c => c.Type == PortalClaims.PersonId) || IsApplicant(context.User)));
        options.AddPolicy(PortalPolicies.Staff, policy => policy.RequireAuthenticatedUser().RequireRole(PortalRoles.Caseworker, PortalRoles.Supervisor));
        options.AddPolicy(PortalPolicies.Supervisor, policy => policy.RequireAuthenticatedUser().RequireRole(PortalRoles.Supervisor));
        return options;
    }

    /// <summary>An account with neither a case nor a staff role: someone applying for services.</summary>
    public static bool IsApplicant(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && !user.HasClaim(c => c.Type == PortalClaims.PersonId) && !PortalRoles.All.Any(user.IsInRole);
    }

    /// <summary>The applicant's user id; null for anyone who is not an applicant.</summary>
    public static string? ApplicantIdOf(ClaimsPrincipal user) => IsApplicant(user) ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
