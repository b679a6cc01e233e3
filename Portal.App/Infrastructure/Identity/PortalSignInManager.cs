using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in manager, with the portal's rules: a disabled or locked account has no session (the cookie's
/// periodic security-stamp check ends it, as the circuit's revalidation does); every sign-in stores a session the
/// server can end (<see cref="SessionRegistry"/>), and signing out ends it, so a copy of the cookie stops working too.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    SessionRegistry sessions,
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

    /// <summary>Every cookie Identity issues for a sign-in belongs to a new stored session.</summary>
    public override async Task SignInWithClaimsAsync(PortalUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var claims = additionalClaims.Where(c => c.Type != PortalClaims.SessionId).ToList();
        var signedInAt = DateTimeOffset.TryParse(claims.FirstOrDefault(c => c.Type == PortalClaims.SignedInAt)?.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : time.GetUtcNow();
        var secret = await sessions.StartAsync(user.Id, signedInAt, Context.Request.Headers.UserAgent, Context.Connection.RemoteIpAddress, Context.RequestAborted);
        claims.Add(new Claim(PortalClaims.SessionId, secret));
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>Ends this browser's stored session (only this one), then removes its cookie.</summary>
    public override async Task SignOutAsync()
    {
        await sessions.EndAsync(Context.User, SessionEndReason.SignedOut);
        await base.SignOutAsync();
    }
}
