using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>Sign-in over HTTP as a browser posts it: cookies, antiforgery, headers, and sessions that end.</summary>
public sealed class SignInHttpTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent", personId: "P-TEST-1");
        await TestAccounts.CreateActivatedAsync(portal.Services, "locked.parent", personId: "P-TEST-2");
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers_and_is_not_cached()
    {
        var client = portal.CreateClient();
        foreach (var path in new[] { "/", "/signin", "/register" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached");
        }
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        var client = portal.CreateClient();
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Input.Login"] = "maria.parent", ["Input.Password"] = TestAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_account_wrong_password_and_locked_account_get_the_same_page()
    {
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var locked = (await users.FindByNameAsync("locked.parent"))!;
            locked.LockoutEnd = portal.Clock.GetUtcNow().AddMinutes(10);
            await users.UpdateAsync(locked);
        }

        var pages = new List<(HttpStatusCode, string)>();
        foreach (var (login, password) in new[] { ("nobody.here", TestAccounts.Password), ("maria.parent", "Wrong#Password1"), ("locked.parent", TestAccounts.Password) })
        {
            var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var response = await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = login, ["Input.Password"] = password });
            var html = HtmlForms.Visible(await response.Content.ReadAsStringAsync()).Replace(login, "LOGIN", StringComparison.Ordinal);
            Assert.Contains("We could not sign you in", html);
            Assert.DoesNotContain(password, html); // the password is never echoed back
            pages.Add((response.StatusCode, html));
        }
        Assert.All(pages, page => Assert.Equal(pages[0], page));
    }

    [Fact]
    public async Task Signing_in_sets_a_new_http_only_session_cookie()
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var before = await client.GetAsync("/signin");
        Assert.DoesNotContain(before.Headers.TryGetValues("Set-Cookie", out var early) ? early : [], c => c.StartsWith("portal.session=", StringComparison.Ordinal));

        var email = (await TestAccounts.FindAsync(portal.Services, "maria.parent")).Email!;
        await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = "maria.parent", ["Input.Password"] = TestAccounts.Password });
        await using var db = await portal.CreateDbContextAsync();
        var code = SignInCodes.CodeIn(portal.Services.Readable(db.OutboxMessages.Single(m => m.ToAddress == email)).TextBody);
        var response = await HtmlForms.SubmitAsync(client, "/signin/code", "email-code", new Dictionary<string, string> { ["EmailCode.Code"] = code });

        Assert.Equal("/dashboard", response.Headers.Location?.AbsolutePath);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        var secondStep = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.signin=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", secondStep, StringComparison.OrdinalIgnoreCase); // the second step's secret is cleared
    }

    [Fact]
    public async Task A_password_reset_elsewhere_ends_the_session_at_the_next_check()
    {
        var client = await SignedInClient.CreateAsync(portal, "maria.parent", TestAccounts.Password);
        Assert.Contains("Sign out of the portal on this device?", await client.GetStringAsync("/signout"));

        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("maria.parent"))!;
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Another#Trail77");
            Assert.True(reset.Succeeded);
        }
        portal.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        Assert.Contains("You are signed out", await client.GetStringAsync("/signout"));
    }

    [Fact]
    public async Task A_session_ends_twelve_hours_after_sign_in_however_active()
    {
        var client = await SignedInClient.CreateAsync(portal, "maria.parent", TestAccounts.Password);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(20); elapsed += TimeSpan.FromMinutes(20))
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Contains("Sign out of the portal on this device?", await client.GetStringAsync("/signout"));
        }
        portal.Clock.Advance(TimeSpan.FromMinutes(21));
        Assert.Contains("You are signed out", await client.GetStringAsync("/signout"));
    }

    [Fact]
    public async Task A_session_with_no_activity_for_thirty_minutes_ends()
    {
        var client = await SignedInClient.CreateAsync(portal, "maria.parent", TestAccounts.Password);
        portal.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Contains("Sign out of the portal on this device?", await client.GetStringAsync("/signout"));
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Contains("You are signed out", await client.GetStringAsync("/signout"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await SignedInClient.CreateAsync(portal, "maria.parent", TestAccounts.Password);
        var response = await HtmlForms.SubmitAsync(client, "/signout", "signout", new Dictionary<string, string>());

        // Post, redirect, get: a reload of the signed-out page does not sign out again, and it shows no one signed in.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signout", response.Headers.Location?.AbsolutePath);
        var signedOut = await client.GetStringAsync("/signout");
        Assert.Contains("You have signed out of the portal", signedOut);
        Assert.DoesNotContain("Signed in as", signedOut);
        Assert.DoesNotContain("data-keepalive-url", signedOut);
    }
}
