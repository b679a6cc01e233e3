using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Portal.Tests.Support;

/// <summary>
/// Who is signed in, for component tests: anonymous until <see cref="SignIn"/>. (bUnit's own authorization
/// helper needs the WebAssembly authentication package, which does not restore here.)
/// </summary>
public sealed class TestAuthenticationStateProvider : AuthenticationStateProvider
{
    private ClaimsPrincipal user = new(new ClaimsIdentity());

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));

    public void SignIn(string userName, params Claim[] claims)
    {
        user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), .. claims], "Test"));
        NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
    }

    /// <summary>What a circuit's revalidation does when the session ended elsewhere: the state turns anonymous.</summary>
    public void SignOut()
    {
        user = new ClaimsPrincipal(new ClaimsIdentity());
        NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
    }
}
