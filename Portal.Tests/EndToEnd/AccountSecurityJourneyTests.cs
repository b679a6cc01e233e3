using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(E2ESecondLane.Name)]
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

        // Now the app's code is asked for, not an emailed one: the next one, as the code that turned the app on has been used.
        await SignOutAsync(page);
        await page.StartAppSignInAsync(userName, TestAccounts.Password, "/account/security");
        await SubmitAppCodeAsync(page, Totp.NextCodeNow(key));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Account security" })).ToBeVisibleAsync();

        // A recovery code, once.
        await SignOutAsync(page);
        await page.StartAppSignInAsync(userName, TestAccounts.Password, "/account/security");
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

    [Fact]
    public async Task New_recovery_codes_and_turning_the_app_off_ask_for_the_password_and_a_lockout_there_ends_the_session()
    {
        var userName = $"reauth.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName);
        await TestAccounts.TurnOnAuthenticatorAsync(portal.Factory.KestrelServices, userName);
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.StartAppSignInAsync(userName, TestAccounts.Password, "/account/security");
        await page.GetByLabel("6-digit code").FillAsync(await page.EmailCodeInsteadAsync(portal.Factory, userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/security", StringComparison.Ordinal));
        await page.WaitForCircuitAsync();
        // Typed into the password form first: nothing the other forms do may lose it.
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Saguaro!Blossom73");

        // New recovery codes: the password, asked for in a labelled field that takes focus.
        await page.GetByRole(AriaRole.Button, new() { Name = "Get new recovery codes" }).ClickAsync();
        var password = page.GetByLabel("Your password", new() { Exact = true });
        await Expect(password).ToBeFocusedAsync();
        var getCodes = page.GetByRole(AriaRole.Button, new() { Name = "Get new codes" });
        await getCodes.ClickAsync();
        await Expect(page.Locator("#new-codes-password-error")).ToContainTextAsync("Enter your current password.");
        await password.FillAsync("Not#MyPassword1");
        await getCodes.ClickAsync();
        await Expect(page.Locator("#new-codes-password-error")).ToContainTextAsync("That is not your current password.");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "That is not your current password." })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await password.FillAsync(TestAccounts.Password);
        await getCodes.ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Your recovery codes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your new recovery codes are shown below." })).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "I have saved my codes" }).ClickAsync();

        // Turning the app off: a wrong password refuses it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off authenticator app" }).ClickAsync();
        await password.FillAsync("Not#MyPassword2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, turn it off" }).ClickAsync();
        await Expect(page.Locator("#turn-off-password-error")).ToContainTextAsync("That is not your current password.");
        await Expect(page.GetByText("The authenticator app is on.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("New password", new() { Exact = true })).ToHaveValueAsync("Saguaro!Blossom73");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Wrong passwords at sign-in and here are one count: the one that reaches the limit ends this session.
        await CountFailuresAsync(userName, 4);
        await page.GetByLabel("Current password", new() { Exact = true }).FillAsync("Not#MyPassword3");
        await page.GetByLabel("Type the new password again", new() { Exact = true }).FillAsync("Saguaro!Blossom73");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin?ended=locked", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "You were signed out because the password was entered wrongly too many times." })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GotoAsync("/account/security");
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
    }

    // Earlier wrong passwords (at sign-in, say), counted just now.
    private async Task CountFailuresAsync(string userName, int count)
    {
        await using var scope = portal.Factory.KestrelServices.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        Assert.Equal(1, user.AccessFailedCount); // the wrong password at "turn off"; the right one before it cleared the count
        user.AccessFailedCount = count;
        user.LastFailedSignInAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.True((await users.UpdateAsync(user)).Succeeded);
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
