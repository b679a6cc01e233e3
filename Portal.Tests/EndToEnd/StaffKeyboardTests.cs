using System.Globalization;
using Microsoft.Playwright;
using Portal.Domain;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The case page's MudBlazor snackbar and dialog by keyboard alone: a success that is announced, stays and is closed
/// with the keyboard, and a confirmation that takes focus, keeps Tab inside, cancels with Escape and gives focus back.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class StaffKeyboardTests(BrowserFixture browser, SeededPortal portal)
{
    [Fact]
    public async Task A_caseworker_records_a_payment_by_keyboard_hears_the_snackbar_and_closes_it_by_keyboard()
    {
        var (page, session) = await OpenCaseAsync(KeyboardParent()["CaseNumber"]);
        await using var _ = session;
        var today = ArizonaTime.Today(TimeProvider.System);

        await page.GetByLabel("Amount (USD)").FocusAsync();
        await page.Keyboard.TypeAsync("12.34");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Date received")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(today.ToString("MMddyyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByLabel("Date received")).ToHaveValueAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Chromium's date input may keep a Tab stop of its own (its segments) before the next field.
        await TabUntilFocusedAsync(page, page.GetByLabel("Source"), 3);
        await page.Keyboard.TypeAsync("Direct");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record payment" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // Said in the snackbar container, a role="status" live region there from the page's first render.
        var snackbars = page.Locator("#mud-snackbar-container");
        await Assertions.Expect(snackbars).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(snackbars.Locator(".mud-snackbar")).ToHaveTextAsync("Payment of $12.34 recorded.");
        await Assertions.Expect(page.GetByLabel("Amount (USD)")).ToHaveValueAsync(""); // ready for the next one
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // It stays until closed; Tab goes on from the form and reaches its close button.
        var close = snackbars.GetByRole(AriaRole.Button, new() { Name = "Close" });
        await TabUntilFocusedAsync(page, close, 60);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(snackbars.Locator(".mud-snackbar")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Disabling_access_asks_in_a_dialog_that_keeps_focus_cancels_with_escape_and_then_disables_by_keyboard()
    {
        var parent = KeyboardParent();
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "kb.disable", parent["PersonId"]);
        var (page, session) = await OpenCaseAsync(parent["CaseNumber"]);
        await using var _ = session;
        var panel = page.GetByTestId("account-panel").Filter(new() { HasText = "kb.disable" });
        var disable = panel.GetByRole(AriaRole.Button, new() { Name = "Disable portal access" });

        await panel.GetByLabel("Reason").FocusAsync();
        await page.Keyboard.TypeAsync("Caller reports a stolen phone");
        await TabUntilFocusedAsync(page, disable, 10);
        await page.Keyboard.PressAsync("Enter");

        // Focus moves in, to the harmless answer; Tab and Shift+Tab stay inside.
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Disable this parent’s portal access?" });
        await Assertions.Expect(dialog).ToContainTextAsync("They will be signed out everywhere.");
        var cancel = dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" });
        var confirm = dialog.GetByRole(AriaRole.Button, new() { Name = "Disable access", Exact = true });
        await Assertions.Expect(cancel).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(confirm).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(cancel).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(confirm).ToBeFocusedAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Escape cancels: nothing changed, and focus is back on the button that asked.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(disable).ToBeFocusedAsync();
        await Assertions.Expect(panel.GetByTestId("account-status")).ToContainTextAsync("Access disabledNo");

        // Asked again and confirmed: disabled, said in a snackbar, and focus stays on the same button, now "Enable".
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(cancel).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#mud-snackbar-container .mud-snackbar")).ToHaveTextAsync("Portal access disabled and open sessions ended. A notice was emailed.");
        await Assertions.Expect(panel.GetByTestId("account-status")).ToContainTextAsync("Access disabledYes, since ");
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Enable portal access" })).ToBeFocusedAsync();
    }

    /// <summary>A parent on an open case, alone on it among the tests (the first by person id with an email).</summary>
    private static IReadOnlyDictionary<string, string> KeyboardParent()
    {
        var demo = DemoData.Load().Identities;
        var demoCases = new[] { demo.ReadyToRegister.CaseNumber, demo.RegisteredParent.CaseNumber, demo.NonIvDParent.CaseNumber };
        var participants = SeedCsv.Rows("participants.csv").ToList();
        return participants
            .Where(p => p["Role"] is "CustodialParent" or "NonCustodialParent" && p["Email"].Length > 0 && !demoCases.Contains(p["CaseNumber"]))
            .Where(p => participants.Count(other => other["PersonId"] == p["PersonId"]) == 1)
            .OrderBy(p => p["PersonId"], StringComparer.Ordinal)
            .First();
    }

    /// <summary>Signs the caseworker in and opens the case.</summary>
    private async Task<(IPage Page, BrowserSession Session)> OpenCaseAsync(string caseNumber)
    {
        var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26");
        await page.GotoAsync($"/staff/cases/{caseNumber}");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Portal accounts" })).ToBeVisibleAsync();
        return (page, session);
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target, int maxTabs)
    {
        for (var tabs = 0; tabs < maxTabs && !await target.EvaluateAsync<bool>("element => element === document.activeElement"); tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Assertions.Expect(target).ToBeFocusedAsync();
    }
}
