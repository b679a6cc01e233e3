using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

[Collection(E2ECollection.Name)]
public sealed partial class SignInTests(BrowserFixture browser, SeededPortal portal)
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task A_parent_signs_in_at_phone_width_with_the_code_read_from_the_development_mailbox()
    {
        var parent = Demo.RegisteredParent;
        await using var session = await browser.OpenAsync(portal.Factory, "/signin", width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        var seen = await MailFolderWatcher.SnapshotWhenDeliveredAsync(portal.Factory, parent.Email!);
        await page.GetByLabel("Username or email").FillAsync(parent.UserName!);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(parent.Password!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Email Sent!" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("f***********a@example.net")).ToBeVisibleAsync(); // franco.eloisa, masked
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        // The parent opens the development mailbox in another tab and copies the code from the message.
        var message = await MailFolderWatcher.WaitForNewMessageAsync(portal.Factory.MailFolder, parent.Email!, seen);
        var mailbox = await session.Context.NewPageAsync();
        await mailbox.GotoAsync($"/dev/mailbox/{message.Id:N}");
        var code = await mailbox.FrameLocator("iframe").Locator("p").Filter(new() { HasTextRegex = SixDigits() }).InnerTextAsync();
        await mailbox.CloseAsync();

        await page.GetByLabel("6-digit code").FillAsync(code.Trim());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/dashboard", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText($"Signed in as {parent.FirstName} {parent.LastName}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_message_and_the_right_one_then_works_but_only_once()
    {
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "code.tester", personId: null);
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        var code = await page.StartSignInAsync(portal.Factory, "code.tester", TestAccounts.Password);

        await page.GetByLabel("6-digit code").FillAsync(code == "000000" ? "000001" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code is not right");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Someone who copied this browser's second-step cookie cannot use the code once it has signed in.
        var secondStep = (await session.Context.CookiesAsync()).Single(c => c.Name == "portal.signin");
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));

        await using var replay = await browser.OpenAsync(portal.Factory, "/");
        await replay.Context.AddCookiesAsync([new Cookie { Name = secondStep.Name, Value = secondStep.Value, Domain = secondStep.Domain, Path = secondStep.Path }]);
        await replay.Page.GotoAsync("/signin/code");
        await Assertions.Expect(replay.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Please sign in again" })).ToBeVisibleAsync();
        await Assertions.Expect(replay.Page.GetByLabel("6-digit code")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_parent_with_an_authenticator_app_is_asked_for_its_code_at_phone_width_and_may_have_a_code_emailed_instead()
    {
        const string appCodeLabel = "Code from your authenticator app, or a recovery code";
        var userName = $"app.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName);
        var key = await TestAccounts.TurnOnAuthenticatorAsync(portal.Factory.KestrelServices, userName);
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = session.Page;

        // The app's code is asked for first, its field focused; nothing is emailed until the parent asks.
        await page.StartAppSignInAsync(userName, TestAccounts.Password);
        var appCode = page.GetByLabel(appCodeLabel, new() { Exact = true });
        await Assertions.Expect(appCode).ToBeFocusedAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        // A wrong code: the summary (focused) and the field say so in the app's words, not the email's.
        var now = Totp.CodeNow(key);
        await appCode.FillAsync(now == "000000" ? "000001" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "That code is not right, or it has been used already." });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(appCode).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#app-code-error")).ToContainTextAsync("Enter the code your authenticator app shows now");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        // No app to hand: a code by email, and the way back to the app.
        var emailed = await page.EmailCodeInsteadAsync(portal.Factory, userName);
        Assert.Matches(SixDigits(), emailed);
        await Assertions.Expect(page.GetByLabel("6-digit code")).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Use my authenticator app instead" }).ClickAsync();
        await Assertions.Expect(appCode).ToBeFocusedAsync();

        await appCode.FillAsync(Totp.CodeNow(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText($"Signed in as Test {userName}")).ToBeVisibleAsync();
        await using var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == "SignInCode" && m.ToAddress == $"{userName}@example.net"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_page_says_no_more_than_for_any_failure()
    {
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "lockout.tester");
        await using var session = await browser.OpenAsync(portal.Factory, "/signin");
        var page = session.Page;

        for (var attempt = 0; attempt < 5; attempt++) await TrySignInAsync(page, "lockout.tester", "Wrong#Password1");
        await TrySignInAsync(page, "lockout.tester", TestAccounts.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("We could not sign you in");
        await Assertions.Expect(page.GetByLabel("Username or email")).ToHaveValueAsync("lockout.tester"); // kept
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync(""); // never echoed
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        var user = await TestAccounts.FindAsync(portal.Factory.KestrelServices, "lockout.tester");
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task An_unknown_account_and_a_known_one_with_a_wrong_password_get_pages_of_the_same_structure()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/signin");
        var page = session.Page;

        var unknown = await TrySignInAsync(page, "no.such.person", "Wrong#Password1");
        var unknownShape = await ShapeAsync(page);
        var known = await TrySignInAsync(page, Demo.Caseworker.UserName, "Wrong#Password1");

        Assert.Equal(unknown, known);
        Assert.Equal(unknownShape, await ShapeAsync(page));
    }

    private static async Task<int> TrySignInAsync(IPage page, string login, string password)
    {
        await page.GetByLabel("Username or email").FillAsync(login);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync(),
            r => r.Url.Contains("/signin", StringComparison.Ordinal) && r.Request.Method == "POST");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        return response.Status;
    }

    // The page's tags and text, with what the person typed taken out.
    private static Task<string> ShapeAsync(IPage page) => page.EvaluateAsync<string>(
        "() => [...document.querySelectorAll('main *')].map(e => e.tagName + ':' + (e.children.length ? '' : e.textContent.trim())).join('|')");

    [GeneratedRegex(@"^\s*\d{6}\s*$")]
    private static partial Regex SixDigits();
}
