using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>
/// What an open page's circuit checks every minute (PortalAuthenticationStateProvider): a reset password, a lockout,
/// disabled access, the stored session's end or the 12-hour limit ends the session it belongs to.
/// </summary>
public sealed class SessionValidityTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();
    private AsyncServiceScope scope;
    private UserManager<PortalUser> users = default!;
    private PortalUser user = default!;
    private ClaimsPrincipal principal = default!;

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent", personId: "P-TEST-1");
        scope = portal.Services.CreateAsyncScope();
        users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        user = (await users.FindByNameAsync("maria.parent"))!;
        var identity = (ClaimsIdentity)(await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user)).Identity!;
        identity.AddClaim(new Claim(PortalClaims.SignedInAt, portal.Clock.GetUtcNow().ToString("O")));
        identity.AddClaim(new Claim(PortalClaims.SessionId, await Sessions.StartAsync(user.Id, portal.Clock.GetUtcNow(), null, null)));
        principal = new ClaimsPrincipal(identity);
    }

    public async Task DisposeAsync()
    {
        await scope.DisposeAsync();
        portal.Dispose();
    }

    private SessionRegistry Sessions => portal.Services.GetRequiredService<SessionRegistry>();

    private Task<bool> StillValidAsync() => SessionValidity.IsStillValidAsync(principal, users, Sessions,
        scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value, new PortalSessionOptions(), portal.Clock);

    [Fact]
    public async Task A_session_as_signed_in_stays_valid_and_carries_the_person_id()
    {
        Assert.True(await StillValidAsync());
        Assert.Equal("P-TEST-1", principal.FindFirstValue(PortalClaims.PersonId));
    }

    [Fact]
    public async Task A_password_reset_ends_it()
    {
        await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Another#Trail77");
        Assert.False(await StillValidAsync());
    }

    [Fact]
    public async Task A_lockout_ends_it()
    {
        user.LockoutEnd = portal.Clock.GetUtcNow().AddMinutes(15);
        await users.UpdateAsync(user);
        Assert.False(await StillValidAsync());
    }

    [Fact]
    public async Task Disabled_access_ends_it()
    {
        user.AccessDisabledAt = portal.Clock.GetUtcNow();
        await users.UpdateAsync(user);
        Assert.False(await StillValidAsync());
    }

    [Fact]
    public async Task Signing_it_out_on_the_server_ends_it()
    {
        await Sessions.EndAsync(principal, SessionEndReason.SignedOut);
        Assert.False(await StillValidAsync());
    }

    [Fact]
    public async Task A_session_from_before_sessions_were_stored_is_over()
    {
        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != PortalClaims.SessionId), principal.Identity!.AuthenticationType);
        principal = new ClaimsPrincipal(identity);
        Assert.False(await StillValidAsync());
    }

    [Fact]
    public async Task Twelve_hours_after_sign_in_it_ends()
    {
        portal.Clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        Assert.True(await StillValidAsync());
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await StillValidAsync());
    }
}
