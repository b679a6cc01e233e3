using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>The code's 10 minutes, seen in the browser: a portal of its own whose clock the test moves.</summary>
[Collection(E2ESecondLane.Name)]
public sealed class SignInCodeExpiryTests(BrowserFixture browser) : IDisposable
{
    private readonly KestrelPortalFactory portal = new(seed: false) { Clock = new ManualTimeProvider() };

    [Fact]
    public async Task A_code_used_after_ten_minutes_is_refused_and_a_new_code_signs_in()
    {
        await TestAccounts.CreateActivatedAsync(portal.KestrelServices, "expiry.tester");
        await using var session = await browser.OpenAsync(portal, "/");
        var page = session.Page;
        var code = await page.StartSignInAsync(portal, "expiry.tester", TestAccounts.Password);

        portal.Clock!.Advance(TimeSpan.FromMinutes(10));
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code has expired");

        var email = (await TestAccounts.FindAsync(portal.KestrelServices, "expiry.tester")).Email!;
        var seen = MailFolderWatcher.Snapshot(portal.MailFolder);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send a new code" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We sent a new code");
        var newCode = await SignInCodes.WaitForNewCodeAsync(portal.MailFolder, email, seen);

        await page.GetByLabel("6-digit code").FillAsync(newCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("Signed in as Test expiry.tester")).ToBeVisibleAsync();
    }

    public void Dispose() => portal.Dispose();
}
