using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>
/// Sessions the server can end: signing out ends that browser's session (and every copy of its cookie) at once; a
/// password reset or a lockout ends all of an account's sessions; a parent can sign out their other devices.
/// </summary>
public sealed class ServerSideSessionTests : IAsyncLifetime
{
    private const string Parent = "maria.parent";
    private static readonly Uri Site = new("http://localhost/");
    private readonly ControlledPortal portal = new();
    private static string CsvPath => $"/dashboard/payments.csv?case={DashboardCases.Arrears.Digits}";

    public async Task InitializeAsync()
    {
        await using (var db = await portal.CreateDbContextAsync()) await DashboardCases.AddAsync(db);
        await TestAccounts.CreateActivatedAsync(portal.Services, Parent, personId: DashboardCases.Parent);
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_copied_session_cookie_opens_neither_the_dashboard_nor_the_download_once_its_owner_signs_out()
    {
        var cookies = new CookieContainer();
        var owner = await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password, cookies);
        var thief = SignedInClient.WithCookies(portal, SignedInClient.CopySessionCookie(cookies, Site));
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/dashboard")).StatusCode); // the copy works while the session is open
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(CsvPath)).StatusCode);

        await SignOutAsync(owner);

        var anonymous = portal.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/dashboard", CsvPath })
        {
            var stranger = await anonymous.GetAsync(path);
            var copied = await thief.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
            Assert.Equal(stranger.StatusCode, copied.StatusCode);
            Assert.Equal(stranger.Headers.Location, copied.Headers.Location);
            Assert.StartsWith("/signin", copied.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_same_account_signed_in_in_another()
    {
        var (laptop, phone) = await TwoBrowsersAsync();

        await SignOutAsync(laptop);

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(CsvPath)).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_through_recovery_ends_every_session_at_once()
    {
        var (laptop, phone) = await TwoBrowsersAsync();

        var user = await TestAccounts.FindAsync(portal.Services, Parent);
        string token;
        using (var scope = portal.Services.CreateScope()) token = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().GeneratePasswordResetTokenAsync(user);
        var outcome = await portal.Services.GetRequiredService<AccountRecovery>()
            .ResetPasswordAsync(new PasswordResetTicket(user.Id, token, PasswordContext.None), "Another#Trail77", CancellationToken.None);
        Assert.IsType<PasswordResetResult.Changed>(outcome);

        // No waiting for the next security-stamp check: the stored sessions ended with the reset.
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(CsvPath)).StatusCode);
    }

    [Fact]
    public async Task Locking_the_account_with_wrong_passwords_ends_every_session_at_once()
    {
        var (laptop, phone) = await TwoBrowsersAsync();

        var guesser = portal.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await HtmlForms.SubmitAsync(guesser, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = Parent, ["Input.Password"] = $"Wrong#Guess{i}a" });
        }
        Assert.True((await TestAccounts.FindAsync(portal.Services, Parent)).LockoutEnd > portal.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_the_other_sessions_ends_them_and_keeps_this_one()
    {
        var hereCookies = new CookieContainer();
        var here = await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password, hereCookies);
        var phone = await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password);
        var tablet = await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password);
        var thisSession = SessionOf(hereCookies);

        using var scope = portal.Services.CreateScope();
        var security = scope.ServiceProvider.GetRequiredService<AccountSecurity>();
        var listed = await security.ListSessionsAsync(thisSession);
        Assert.Equal(3, listed.Count);
        Assert.Single(listed, s => s.IsThisDevice);

        Assert.Equal(2, await security.SignOutOtherSessionsAsync(thisSession));

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await tablet.GetAsync("/dashboard")).StatusCode);
        Assert.True(Assert.Single(await security.ListSessionsAsync(thisSession)).IsThisDevice);
    }

    [Fact]
    public async Task Signing_out_one_other_device_from_the_list_ends_only_that_one()
    {
        var hereCookies = new CookieContainer();
        await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password, hereCookies);
        var phone = await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password);
        var tablet = await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password);
        var thisSession = SessionOf(hereCookies);

        using var scope = portal.Services.CreateScope();
        var security = scope.ServiceProvider.GetRequiredService<AccountSecurity>();
        var others = (await security.ListSessionsAsync(thisSession)).Where(s => !s.IsThisDevice).ToList();
        Assert.Equal(2, others.Count);
        Assert.True(await security.SignOutSessionAsync(thisSession, others[0].Id));

        var stillIn = new[] { (await phone.GetAsync("/dashboard")).StatusCode, (await tablet.GetAsync("/dashboard")).StatusCode };
        Assert.Equal(1, stillIn.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(1, stillIn.Count(s => s == HttpStatusCode.Redirect));
        // Another account's session, or one already over, cannot be signed out this way.
        Assert.False(await security.SignOutSessionAsync(thisSession, others[0].Id));
    }

    [Fact]
    public async Task The_session_list_names_browser_and_system_keeps_only_the_network_and_writes_last_seen_at_most_every_five_minutes()
    {
        var cookies = new CookieContainer();
        var phone = SignedInClient.WithCookies(portal, cookies);
        phone.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36");
        await SignedInClient.SignInAsync(phone, portal, Parent, TestAccounts.Password);
        var signedInAt = portal.Clock.GetUtcNow();

        await using (var db = await portal.CreateDbContextAsync())
        {
            var row = await db.PortalSessions.AsNoTracking().SingleAsync();
            Assert.Equal(("Chrome", "Android"), (row.Browser, row.Platform));
            var secret = SessionOf(cookies).FindFirstValue(PortalClaims.SessionId);
            Assert.NotEqual(secret, row.Id); // only its hash is stored
            Assert.Matches("^[0-9A-F]{64}$", row.Id);
            Assert.True(row.Network is null || row.Network.EndsWith(".0/24", StringComparison.Ordinal) || row.Network.EndsWith("::/48", StringComparison.Ordinal), row.Network);
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(signedInAt, await LastSeenAsync());

        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/dashboard")).StatusCode);
        var seen = portal.Clock.GetUtcNow();
        Assert.Equal(seen, await LastSeenAsync());
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        await phone.GetAsync("/dashboard");
        Assert.Equal(seen, await LastSeenAsync()); // not a write per request
    }

    private async Task<(HttpClient Laptop, HttpClient Phone)> TwoBrowsersAsync() =>
        (await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password), await SignedInClient.CreateAsync(portal, Parent, TestAccounts.Password));

    private async Task<DateTimeOffset> LastSeenAsync()
    {
        await using var db = await portal.CreateDbContextAsync();
        return await db.PortalSessions.AsNoTracking().Select(s => s.LastSeenAt).SingleAsync();
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var response = await HtmlForms.SubmitAsync(client, "/signout", "signout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("You have signed out of the portal", await client.GetStringAsync("/signout"));
    }

    // The signed-in principal this browser's cookie carries, as an open page of this browser would see it.
    private ClaimsPrincipal SessionOf(CookieContainer cookies)
    {
        var options = portal.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Unprotect(cookies.GetCookies(Site)["portal.session"]!.Value)!.Principal;
    }
}
