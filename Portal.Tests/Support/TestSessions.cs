using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Identity;

namespace Portal.Tests.Support;

/// <summary>Signed-in principals as the sign-in makes them (stamp, roles, when it began, a stored session), for service and component tests.</summary>
public static class TestSessions
{
    public static async Task<ClaimsPrincipal> StartAsync(IServiceProvider services, string userName, DateTimeOffset signedInAt)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(PortalClaims.SignedInAt, signedInAt.ToString("O")));
        var secret = await scope.ServiceProvider.GetRequiredService<SessionRegistry>().StartAsync(user.Id, signedInAt, null, null);
        identity.AddClaim(new Claim(PortalClaims.SessionId, secret));
        return principal;
    }
}
