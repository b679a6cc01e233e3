using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in manager, with the portal's rule that a disabled or locked account has no session:
/// the cookie's periodic security-stamp check ends it, as the circuit's revalidation does.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    TimeProvider time)
    : SignInManager<PortalUser>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<PortalUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is null || user.AccessDisabledAt is not null || user.LockoutEnd > time.GetUtcNow() ? null : user;
    }

    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        user.AccessDisabledAt is null && await base.CanSignInAsync(user);
}
