using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(E2ESecondLane.Name)]
public sealed class IdleSessionTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_idle_session_warns_stays_on_request_and_signs_out_when_ignored()
    {
        // Seconds instead of minutes: warned 4 seconds after the last activity, signed out 12 seconds after it.
        using var portal = new KestrelPortalFactory(seed: false)
        {
            Settings = { ["Session:IdleTimeout"] = "00:00:12", ["Session:IdleWarning"] = "00:00:08" },
        };
        var userName = $"idle.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.KestrelServices, userName);
        await using var session = await browser.OpenAsync(portal, "/");
        var page = session.Page;
        await page.SignInAsync(portal, userName, TestAccounts.Password, returnUrl: "/account/security");

        var dialog = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Are you still there?" });
        await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var stay = dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" });
        await Expect(stay).ToBeFocusedAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        var before = await SessionExpiresAsync(portal, session.Context);

        // "Stay signed in" renews the session cookie through the keep-alive endpoint.
        var keepAlive = await page.RunAndWaitForResponseAsync(() => stay.ClickAsync(), response => response.Url.EndsWith("/session/keepalive", StringComparison.Ordinal));
        Assert.Equal(204, keepAlive.Status);
        await Expect(dialog).ToBeHiddenAsync();
        Assert.True(await SessionExpiresAsync(portal, session.Context) > before);

        // Ignored, the warning comes back and the session ends.
        await Expect(dialog).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.WaitForURLAsync(url => url.EndsWith("/signout?reason=idle", StringComparison.Ordinal), new() { Timeout = 20_000 });
        await Expect(page.GetByText("We signed you out because there was no activity for a while.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GotoAsync("/account/security");
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
    }

    private static async Task<DateTimeOffset> SessionExpiresAsync(KestrelPortalFactory portal, IBrowserContext context)
    {
        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "portal.session");
        var options = portal.KestrelServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        return options.TicketDataFormat.Unprotect(cookie.Value)!.Properties.ExpiresUtc!.Value;
    }
}
