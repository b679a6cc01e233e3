using Microsoft.Playwright;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(E2ECollection.Name)]
public sealed class AccountSecurityJourneyTests(BrowserFixture browser, SeededPortal portal)
{
    private const string AppCodeLabel = "Code from your authenticator app, or a recovery code";

    [Fact]
    public async Task A_parent_sets_up_an_authenticator_app_then_signs_in_with_its_code_and_once_with_a_recovery_code()
    {
        var userName = $"totp.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName);
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/account/security");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Account security" })).ToBeVisibleAsync();

        // Setting up: the QR code, and the key a person (and this test) can type into an app instead.
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up authenticator app" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code that adds your portal account to an authenticator app" })).ToBeVisibleAsync();
        var key = await page.Locator("#authenticator-key").InnerTextAsync();
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.CodeNow(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        var codes = page.GetByRole(AriaRole.List, new() { Name = "Your recovery codes" }).GetByRole(AriaRole.Listitem);
        await Expect(codes).ToHaveCountAsync(10);
        var recoveryCode = (await codes.First.InnerTextAsync()).Trim();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "I have saved my codes" }).ClickAsync();
        await Expect(page.GetByText("Recovery codes left: 10")).ToBeVisibleAsync();

        // The app's code instead of the emailed one.
        await SignOutAsync(page);
        await page.StartSignInAsync(portal.Factory, userName, TestAccounts.Password, "/account/security");
        await SubmitAppCodeAsync(page, Totp.CodeNow(key));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Account security" })).ToBeVisibleAsync();

        // A recovery code, once.
        await SignOutAsync(page);
        await page.StartSignInAsync(portal.Factory, userName, TestAccounts.Password, "/account/security");
        await SubmitAppCodeAsync(page, recoveryCode);
        await Expect(page.GetByText("Recovery codes left: 9")).ToBeVisibleAsync();

        // A new password: the page renews this browser's session through a full page load and says so.
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Current password", new() { Exact = true }).FillAsync(TestAccounts.Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Saguaro!Blossom73");
        await page.GetByLabel("Type the new password again", new() { Exact = true }).FillAsync("Saguaro!Blossom73");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your password was changed." })).ToBeVisibleAsync();
        Assert.EndsWith("/account/security?changed=password", page.Url, StringComparison.Ordinal);
    }

    private static async Task SubmitAppCodeAsync(IPage page, string code)
    {
        await page.GetByLabel(AppCodeLabel, new() { Exact = true }).FillAsync(code);
        await page.Locator("form").Filter(new() { Has = page.GetByLabel(AppCodeLabel, new() { Exact = true }) })
            .GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/security", StringComparison.Ordinal));
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/signout");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "You are signed out" })).ToBeVisibleAsync();
    }
}
