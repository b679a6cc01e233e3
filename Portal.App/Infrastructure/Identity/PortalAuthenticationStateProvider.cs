using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Re-checks a live circuit's account every <see cref="PortalSessionOptions.RevalidationInterval"/>: a cookie is
/// checked on each request, but a circuit makes no requests, so without this a password reset, a lockout or a
/// disabled account, or a session signed out on the server, would leave open pages signed in. When the check fails the circuit becomes anonymous and
/// the page's LiveCircuit sends the person to sign in.
/// </summary>
public sealed class PortalAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> identityOptions,
    IOptions<PortalSessionOptions> sessionOptions,
    SessionRegistry sessions,
    TimeProvider time) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => sessionOptions.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await SessionValidity.IsStillValidAsync(authenticationState.User, users, sessions, identityOptions.Value, sessionOptions.Value, time);
    }
}
