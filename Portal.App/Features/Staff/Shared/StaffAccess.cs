using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.App.Infrastructure.Identity;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// Defence in depth: every staff service method checks the caller's principal against the same policies the pages
/// use, so a parent's principal (or none) is refused even if a page or a future endpoint forgot its attribute.
/// </summary>
public sealed class StaffAccess(IAuthorizationService authorization)
{
    /// <summary>The staff member behind <paramref name="user"/>; throws <see cref="StaffAccessDeniedException"/> for anyone else.</summary>
    public async Task<StaffMember> RequireAsync(ClaimsPrincipal? user, string policy = PortalPolicies.Staff)
    {
        if (user?.Identity?.IsAuthenticated != true || !(await authorization.AuthorizeAsync(user, policy)).Succeeded)
        {
            throw new StaffAccessDeniedException($"The caller does not meet the {policy} policy.");
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(userId)) throw new StaffAccessDeniedException("The caller has no user id.");
        return new StaffMember(userId, user.Identity.Name ?? userId, user.IsInRole(PortalRoles.Supervisor));
    }
}
