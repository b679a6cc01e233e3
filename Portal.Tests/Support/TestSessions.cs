using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Identity;

namespace Portal.Tests.Support;

/// <summary>Signed-in principals for tests that call a page's service directly, as the sign-in would make them.</summary>
public static class TestSessions
{
    /// <summary>The account's principal (stamp, roles, when the sign-in began, its stored session).</summary>
    public static async Task<ClaimsPrincipal> SignedInAsync(IServiceProvider services, string userName, DateTimeOffset began)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(PortalClaims.SignedInAt, began.ToString("O")));
        identity.AddClaim(new Claim(PortalClaims.SessionId, await scope.ServiceProvider.GetRequiredService<SessionRegistry>().StartAsync(user.Id, began, null, null)));
        return principal;
    }
}
