using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Identity;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

[Collection(E2ECollection.Name)]
public sealed class StaffTests(BrowserFixture browser, SeededPortal portal)
{
    private const string DemoCase = "8060961680";

    [Fact]
    public async Task A_payment_a_caseworker_records_appears_on_the_parents_open_dashboard_without_a_reload()
    {
        // The parent's dashboard, open and live, in its own browser context.
        await using var parentSession = await browser.OpenAsync(portal.Factory, "/");
        var parentPage = parentSession.Page;
        await parentPage.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        if (!parentPage.Url.Contains("/dashboard", StringComparison.Ordinal)) await parentPage.GotoAsync("/dashboard");
        await Assertions.Expect(parentPage.GetByTestId("case-number")).ToHaveTextAsync("806-096-1680");
        await parentPage.Locator(".case-dashboard[data-live='true']").WaitForAsync();

        // The caseworker signs in at the same page, lands on the staff workspace and finds the case.
        await using var staffSession = await browser.OpenAsync(portal.Factory, "/");
        var page = staffSession.Page;
        await page.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26");
        Assert.EndsWith("/staff", page.Url, StringComparison.Ordinal);
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("staff-banner")).ToContainTextAsync("(Caseworker)");
        await page.GetByLabel("Case number").FillAsync(DemoCase);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "806-096-1680" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Case 806-096-1680" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Participants" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("account-status").First).ToContainTextAsync("eloisa.demo");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Staff workspace" })).ToHaveAttributeAsync("href", "/staff");

        // The payment history's download and print view are the staff ones, and the download works in this session.
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download as CSV (spreadsheet)" });
        await Assertions.Expect(download).ToHaveAttributeAsync("href", $"staff/cases/{DemoCase}/payments.csv");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Print-friendly view (opens in a new tab)" }))
            .ToHaveAttributeAsync("href", $"staff/cases/{DemoCase}/payments/print");
        var csv = await page.Context.APIRequest.GetAsync(await download.EvaluateAsync<string>("a => a.href"));
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("Date received,Amount,Source,Status,Date sent to the receiving parent,Receipt", (await csv.TextAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var today = ArizonaTime.Today(TimeProvider.System);
        await page.GetByLabel("Amount (USD)").FillAsync("43.21");
        await page.GetByLabel("Date received").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Source").SelectOptionAsync("DirectPayment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Assertions.Expect(page.Locator("#mud-snackbar-container .mud-snackbar")).ToHaveTextAsync("Payment of $43.21 recorded.");

        // The parent's page was not reloaded: the payment arrives and is announced.
        var announcement = $"Payment of $43.21 received on {today.ToString("MMMM d", CultureInfo.GetCultureInfo("en-US"))}";
        await Assertions.Expect(parentPage.GetByTestId("live-announcement")).ToContainTextAsync(announcement);
        await Assertions.Expect(parentPage.GetByRole(AriaRole.Row).Filter(new() { HasText = "$43.21" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_staff_search_fits_360_pixels_and_every_staff_page_passes_axe()
    {
        // A supervisor of its own (the audit page is theirs), so this test does not depend on the order tests run in.
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "e2e.supervisor", role: PortalRoles.Supervisor);
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "e2e.supervisor", TestAccounts.Password);
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Find a case" })).ToBeVisibleAsync();

        // A search by name with its results and pager, at phone width.
        await page.GetByLabel("Participant name").FillAsync("franco");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "806-096-1680" })).ToBeVisibleAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // An error next to its field, in the summary too.
        await page.GetByLabel("Participant name").FillAsync("");
        await page.GetByLabel("Last 4 digits of SSN").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-ssn-last4-error")).ToContainTextAsync("Enter exactly 4 digits.");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // The results table (MudBlazor's table) by keyboard: its case links are reached with Tab and open with Enter.
        await page.GetByLabel("Last 4 digits of SSN").FillAsync("");
        await page.GetByLabel("Participant name").FillAsync("franco");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var caseLink = page.Locator(".staff-table").GetByRole(AriaRole.Link, new() { Name = "806-096-1680" });
        await Assertions.Expect(caseLink).ToBeVisibleAsync();
        for (var tabs = 0; tabs < 10 && !await caseLink.EvaluateAsync<bool>("link => link === document.activeElement"); tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Assertions.Expect(caseLink).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/staff/cases/{DemoCase}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Portal accounts" })).ToBeVisibleAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Staff change a parent's numbers only with a reason: refused without one, then sent, and listed as entered by staff.
        var phones = page.GetByTestId("phones-change-form").Nth(1);
        await phones.Locator("#staff-phone-2-0-number").FillAsync("602-555-0177");
        await phones.GetByRole(AriaRole.Button, new() { Name = "Send the numbers to the case" }).ClickAsync();
        await Assertions.Expect(page.Locator("#phones-reason-2-error")).ToContainTextAsync("Enter the reason.");
        await phones.GetByLabel("Reason").FillAsync("Parent called with a new number");
        await phones.GetByRole(AriaRole.Button, new() { Name = "Send the numbers to the case" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sent to the case system. It shows on the case once it is accepted.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("participant").Nth(1)).ToContainTextAsync("entered by staff");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GotoAsync($"/staff/cases/{DemoCase}/payments/print");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Payment history, case 806-096-1680" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to the case" })).ToHaveAttributeAsync("href", $"/staff/cases/{DemoCase}");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeVisibleAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GotoAsync("/staff/audit");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("Payment history print view opened");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("Phone number change sent to the case system");
        await Assertions.Expect(page.GetByTestId("audit-table")).ToContainTextAsync("Case viewed");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // The searches above (by pointer, then by keyboard) are in the log too, with what was searched and how many cases
        // each found; the action filter narrows to searches.
        await page.GetByLabel("Staff username").FillAsync("e2e.supervisor");
        await page.GetByLabel("Action").SelectOptionAsync("CasesSearched");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var searchRow = page.GetByTestId("audit-table").GetByRole(AriaRole.Row).Filter(new() { HasText = "name “franco”" });
        await Assertions.Expect(searchRow).ToHaveCountAsync(2);
        await Assertions.Expect(searchRow.First).ToContainTextAsync("Cases searched");
        await Assertions.Expect(searchRow.First).ToContainTextAsync(" cases found, page 1; name “franco”");
        await Assertions.Expect(page.GetByTestId("audit-table")).Not.ToContainTextAsync("Case viewed");
        Assert.False(await page.ScrollsHorizontallyAsync());
    }

    [Fact]
    public async Task A_second_verification_email_within_minutes_is_refused_and_the_panel_says_when_the_next_can_go()
    {
        // A registered parent who has not verified yet, on a case of their own (the last seeded parent with an email: no other test uses it).
        var demo = DemoData.Load().Identities;
        var demoCases = new[] { demo.ReadyToRegister.CaseNumber, demo.RegisteredParent.CaseNumber, demo.NonIvDParent.CaseNumber };
        var row = SeedCsv.Rows("participants.csv")
            .Where(p => p["Role"] is "CustodialParent" or "NonCustodialParent" && p["Email"].Length > 0 && !demoCases.Contains(p["CaseNumber"]))
            .Last();
        var caseNumber = CaseNumber.Parse(row["CaseNumber"]);
        var personId = row["PersonId"];
        using (var scope = portal.Factory.KestrelServices.CreateScope())
        {
            var waiting = new PortalUser { UserName = "e2e.waiting", Email = "e2e.waiting@example.net", PersonId = personId, DisplayName = "Wanda Waiting", CreatedAt = TimeProvider.System.GetUtcNow() };
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().CreateAsync(waiting)).Succeeded);
        }

        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26");
        await page.WaitForCircuitAsync();
        await page.GotoAsync($"/staff/cases/{caseNumber.Digits}");
        await page.WaitForCircuitAsync();
        var panel = page.GetByTestId("account-panel").Filter(new() { HasText = "e2e.waiting" });
        await panel.GetByLabel("Reason").FillAsync("Caller says the email never came");
        var resend = panel.GetByRole(AriaRole.Button, new() { Name = "Resend verification email" });

        await resend.ClickAsync();
        await Assertions.Expect(page.Locator("#mud-snackbar-container .mud-snackbar")).ToHaveTextAsync("A new verification email was sent. Older links no longer work.");
        await resend.ClickAsync();
        await Assertions.Expect(panel.GetByTestId("support-outcome")).ToContainTextAsync("Nothing was sent: a verification email went to this parent moments ago. The next one can be sent after ");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
