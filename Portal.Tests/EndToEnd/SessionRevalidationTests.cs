using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// An open page makes no HTTP requests, so only the circuit's own re-check can end its session: here it checks
/// every second (production: every minute), and a password reset made elsewhere sends the page to sign in.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class SessionRevalidationTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_open_page_is_sent_to_sign_in_after_the_password_is_reset_elsewhere()
    {
        using var portal = new KestrelPortalFactory(seed: false) { Settings = { ["Session:RevalidationInterval"] = "00:00:01" } };
        await TestAccounts.CreateActivatedAsync(portal.KestrelServices, "reset.elsewhere");
        await using var session = await browser.OpenAsync(portal, "/");
        var page = session.Page;
        await page.SignInAsync(portal, "reset.elsewhere", TestAccounts.Password, returnUrl: "/account/security");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("/account/security", page.Url, StringComparison.Ordinal);

        using (var scope = portal.KestrelServices.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("reset.elsewhere"))!;
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Another#Trail77")).Succeeded);
        }

        // No click, no reload: the circuit notices by itself.
        await page.WaitForURLAsync(url => url.Contains("/signin?returnUrl=%2Faccount%2Fsecurity", StringComparison.Ordinal), new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Sign in" })).ToBeVisibleAsync();
    }
}
