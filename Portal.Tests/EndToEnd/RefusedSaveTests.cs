using Microsoft.Playwright;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Security finding 10: while the database cannot be written, a submit on an interactive page says "try again"
/// instead of ending the circuit, keeps what was typed, and goes through once the database is free.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class RefusedSaveTests(BrowserFixture browser, LockablePortal portal) : IClassFixture<LockablePortal>
{
    private const string TryAgain = "We couldn't save that; nothing was lost; try again.";
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task Find_your_case_keeps_every_field_through_a_refused_save_and_continues_once_it_can()
    {
        var parent = Demo.ReadyToRegister;
        await using var session = await browser.OpenAsync(portal.Factory, "/register");
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await RegistrationWizardTests.FillFindCaseAsync(page, parent, parent.CaseNumber);
        var @continue = page.GetByRole(AriaRole.Button, new() { Name = "Continue" });

        await ClickRefusedAsync(@continue, page.GetByTestId("save-failed"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Find your case" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Child support case number")).ToHaveValueAsync(parent.CaseNumber);
        await Assertions.Expect(page.GetByLabel("Social Security number or ITIN")).ToHaveValueAsync(parent.Ssn);
        await Assertions.Expect(page.GetByLabel("ZIP code")).ToHaveValueAsync(parent.Zip);

        await @continue.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveCountAsync(0);
        // At the stored draft's own address (the first save moves there by enhanced navigation, which renders the
        // wizard anew: the reload waits for that), typing saves as it goes: refused, the page says so and keeps the
        // field; the next save that works clears it.
        await page.WaitForURLAsync(url => url.Contains("/register/", StringComparison.Ordinal));
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account" })).ToBeVisibleAsync();
        var userName = page.GetByLabel("Username");
        await using (await portal.LockAsync())
        {
            await userName.FillAsync("ready.parent");
            await userName.BlurAsync();
            await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveTextAsync(TryAgain);
        }
        await Assertions.Expect(userName).ToHaveValueAsync("ready.parent");
        await userName.FillAsync("ready.parent26");
        await userName.BlurAsync();
        await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_forgotten_passwords_new_password_stays_typed_through_a_refused_save_and_is_set_once_it_can()
    {
        var parent = Demo.RegisteredParent;
        await using var session = await browser.OpenAsync(portal.Factory, "/forgot-password");
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Email address").FillAsync(parent.Email);
        await page.GetByLabel("Child support case number").FillAsync(parent.CaseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get security questions" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Step 2 of 3")).ToBeVisibleAsync();
        await RecoveryTests.AnswerAsync(page, wrongSecond: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a new password" })).ToBeVisibleAsync(RecoveryTests.AfterHashing);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Ironwood#Trail58");
        await page.GetByLabel("Type your password again").FillAsync("Ironwood#Trail58");
        var @continue = page.GetByRole(AriaRole.Button, new() { Name = "Continue" });

        await using (await portal.LockAsync())
        {
            await @continue.ClickAsync();
            await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveTextAsync(TryAgain, new() { Timeout = 30_000 });
        }
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync("Ironwood#Trail58");
        await Assertions.Expect(page.GetByLabel("Type your password again")).ToHaveValueAsync("Ironwood#Trail58");

        await @continue.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your password was changed" })).ToBeVisibleAsync(RecoveryTests.AfterHashing);
    }

    [Fact]
    public async Task Changing_the_password_keeps_all_three_fields_through_a_refused_save_and_changes_it_once_it_can()
    {
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "refused.password");
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "refused.password", TestAccounts.Password);
        await page.GotoAsync("/account/security");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Current password").FillAsync(TestAccounts.Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Ironwood#Trail58");
        await page.GetByLabel("Type the new password again").FillAsync("Ironwood#Trail58");
        var change = page.GetByRole(AriaRole.Button, new() { Name = "Change password" });

        await ClickRefusedAsync(change, page.GetByTestId("save-failed"));
        await Assertions.Expect(page.GetByLabel("Current password")).ToHaveValueAsync(TestAccounts.Password);
        await Assertions.Expect(page.GetByLabel("New password", new() { Exact = true })).ToHaveValueAsync("Ironwood#Trail58");
        await Assertions.Expect(page.GetByLabel("Type the new password again")).ToHaveValueAsync("Ironwood#Trail58");

        await change.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("changed=password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_other_devices_and_starting_an_authenticator_say_try_again_while_refused_and_work_once_they_can()
    {
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "refused.devices");
        await using var other = await browser.OpenAsync(portal.Factory, "/");
        await other.Page.SignInAsync(portal.Factory, "refused.devices", TestAccounts.Password);
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "refused.devices", TestAccounts.Password, returnUrl: "/account/security");
        await page.WaitForCircuitAsync();
        var sessions = page.GetByRole(AriaRole.List, new() { Name = "Where you are signed in" }).GetByRole(AriaRole.Listitem);
        var signOutOthers = page.GetByRole(AriaRole.Button, new() { Name = "Sign out all other devices" });
        var setUp = page.GetByRole(AriaRole.Button, new() { Name = "Set up authenticator app" });

        await ClickRefusedAsync(signOutOthers, page.Locator("#sessions-heading ~ [data-testid=save-failed]"));
        await ClickRefusedAsync(setUp, page.Locator("#authenticator-heading ~ [data-testid=save-failed]"));
        await Assertions.Expect(sessions).ToHaveCountAsync(2);

        await signOutOthers.ClickAsync();
        await Assertions.Expect(sessions).ToHaveCountAsync(1);
        await setUp.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code that adds your portal account to an authenticator app" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Forgot_case_number_keeps_the_details_through_a_refused_save_and_sends_once_it_can()
    {
        var parent = Demo.RegisteredParent;
        await using var session = await browser.OpenAsync(portal.Factory, "/forgot-case-number");
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await RecoveryTests.FillCaseNumberFormAsync(page, parent);
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Email my case number" });

        await ClickRefusedAsync(send, page.GetByTestId("save-failed"));
        await Assertions.Expect(page.GetByLabel("Social Security number or ITIN")).ToHaveValueAsync(parent.Ssn);
        await Assertions.Expect(page.GetByLabel("Mailing address")).ToHaveValueAsync(parent.AddressLine1);

        await send.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Check your email" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_staff_account_panel_keeps_the_reason_through_a_refused_save_and_acts_once_it_can()
    {
        // The registered demo parent's case, but the other parent's account: the forgotten-password test needs the demo parent's.
        var otherParent = SeedCsv.Rows("participants.csv").First(p => p["CaseNumber"] == Demo.RegisteredParent.CaseNumber
            && p["PersonId"] != Demo.RegisteredParent.PersonId && p["Role"] is "CustodialParent" or "NonCustodialParent");
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "refused.staff", otherParent["PersonId"]);
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26");
        await page.GotoAsync($"/staff/cases/{Demo.RegisteredParent.CaseNumber}");
        await page.WaitForCircuitAsync();
        var panel = page.GetByTestId("account-panel").Filter(new() { HasText = "refused.staff" });
        await panel.GetByLabel("Reason").FillAsync("Caller reports a lost phone");
        var disable = panel.GetByRole(AriaRole.Button, new() { Name = "Disable portal access" });
        var confirm = page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Disable access", Exact = true });

        await using (await portal.LockAsync())
        {
            await disable.ClickAsync();
            await confirm.ClickAsync();
            await Assertions.Expect(panel.GetByTestId("save-failed")).ToHaveTextAsync(TryAgain);
        }
        await Assertions.Expect(panel.GetByLabel("Reason")).ToHaveValueAsync("Caller reports a lost phone");

        await disable.ClickAsync();
        await confirm.ClickAsync();
        await Assertions.Expect(page.Locator("#mud-snackbar-container .mud-snackbar")).ToHaveTextAsync("Portal access disabled and open sessions ended. A notice was emailed.");
        await Assertions.Expect(panel.GetByTestId("save-failed")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_staff_search_and_opening_a_case_say_try_again_while_their_audit_rows_are_refused()
    {
        var caseNumber = Demo.RegisteredParent.CaseNumber;
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26");
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Case number").FillAsync(caseNumber);
        var search = page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true });

        await ClickRefusedAsync(search, page.GetByTestId("save-failed"));
        await Assertions.Expect(page.GetByLabel("Case number")).ToHaveValueAsync(caseNumber);
        await search.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"{caseNumber[..3]}-{caseNumber[3..6]}-{caseNumber[6..]}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveCountAsync(0);

        // Opening a case audits the view: refused, the page says to try again, not that there is no such case.
        await using (await portal.LockAsync())
        {
            await page.GotoAsync($"/staff/cases/{caseNumber}");
            await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveTextAsync(TryAgain);
            await Assertions.Expect(page.GetByTestId("case-not-found")).ToHaveCountAsync(0);
        }
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Portal accounts" })).ToBeVisibleAsync();
    }

    // Clicked while another connection holds the database's write lock: the save is refused and the message says
    // to try again. The lock is gone when this returns.
    [Theory]
    [InlineData("en-US", "Continue", TryAgain)]
    [InlineData("es-US", "Continuar", "No pudimos guardar eso; no se perdió nada; inténtelo de nuevo.")]
    public async Task The_try_again_message_fits_a_phone_and_passes_axe_in_both_languages(string culture, string button, string message)
    {
        var parent = Demo.ReadyToRegister;
        await using var session = await browser.OpenAsync(portal.Factory, $"/culture/{culture}?returnUrl=%2Fregister", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await page.Locator("#case-number").FillAsync(parent.CaseNumber);
        await page.Locator("#ssn").FillAsync(parent.Ssn);
        await page.Locator("#birth-month").FillAsync(parent.DateOfBirth.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#birth-day").FillAsync(parent.DateOfBirth.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#birth-year").FillAsync(parent.DateOfBirth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#address-line1").FillAsync(parent.AddressLine1);
        await page.Locator("#zip").FillAsync(parent.Zip);

        await using (await portal.LockAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("save-failed")).ToHaveTextAsync(message);
            Assert.False(await page.ScrollsHorizontallyAsync(), "the try-again message scrolls sideways");
            await page.AssertNoSeriousAccessibilityViolationsAsync();
        }
    }

    private async Task ClickRefusedAsync(ILocator button, ILocator message)
    {
        await using (await portal.LockAsync())
        {
            await button.ClickAsync();
            await Assertions.Expect(message).ToHaveTextAsync(TryAgain);
        }
    }
}
