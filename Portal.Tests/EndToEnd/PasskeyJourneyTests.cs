using Microsoft.Playwright;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Passkeys in Chromium with its virtual authenticator (DevTools' WebAuthn domain: CTAP2, internal, resident keys,
/// user verified), at phone width. WebAuthn needs a secure context and a domain as relying party id: the page is
/// opened at http://localhost:PORT (a secure context in Chromium), not at the server's http://127.0.0.1:PORT.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class PasskeyJourneyTests(BrowserFixture browser, SeededPortal portal)
{
    [Fact]
    public async Task A_parent_adds_a_passkey_and_signs_in_with_it_another_account_cannot_use_it_and_once_removed_it_no_longer_works()
    {
        var owner = $"passkey.{Guid.NewGuid():N}"[..16];
        var stranger = $"stranger.{Guid.NewGuid():N}"[..17];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, owner, personId: "P-" + owner);
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, stranger, personId: "P-" + stranger);
        var site = new UriBuilder(portal.Factory.ServerAddress) { Host = "localhost" }.Uri;
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            ViewportSize = new ViewportSize { Width = PortalSite.PhoneWidth, Height = 900 },
            Locale = "en-US",
        });
        await using var session = new BrowserSession(context, await context.NewPageAsync());
        var page = session.Page;
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        });

        // Adding: a name, then the authenticator (here it answers at once); the list shows it.
        await page.GotoAsync("/");
        await page.SignInAsync(portal.Factory, owner, TestAccounts.Password, returnUrl: "/account/security");
        await page.WaitForCircuitAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.Locator("#passkey-name-error")).ToContainTextAsync("Enter a name for the passkey.");
        await page.GetByLabel("Name for a new passkey").FillAsync("Test phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.Locator("#passkeys-outcome")).ToHaveTextAsync("The passkey “Test phone” was added.");
        var passkeys = page.GetByRole(AriaRole.List, new() { Name = "Passkeys" });
        await Expect(passkeys.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(passkeys).ToContainTextAsync("Not used to sign in yet");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        // Another account's name typed first: the passkey is refused, with the sign-in page's one answer.
        await SignOutAsync(page);
        await page.GotoAsync("/signin?returnUrl=%2Faccount%2Fsecurity");
        await page.GetByLabel("Username or email").FillAsync(stranger);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "That passkey did not sign you in." })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        // No name: the authenticator offers the passkey and it signs its owner in, password and code not asked for.
        await page.GetByLabel("Username or email").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Account security" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await Expect(passkeys).ToContainTextAsync("Last used to sign in");

        // Removing, confirmed in a dialog: the list is empty and the passkey no longer signs in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Test phone" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Remove passkey" }).ClickAsync();
        await Expect(page.GetByText("You have no passkeys yet.")).ToBeVisibleAsync();
        await SignOutAsync(page);
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "That passkey did not sign you in." })).ToBeVisibleAsync();
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/signout");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "You are signed out" })).ToBeVisibleAsync();
    }
}
