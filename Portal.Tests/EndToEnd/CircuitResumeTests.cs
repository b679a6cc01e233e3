using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A page whose circuit paused (Blazor.pauseCircuit(): the server persists the circuit's state and lets it go) comes back
/// on Resume at the same step with what was typed, but never a secret: those fields are empty and the page says so.
/// Also prints what the persisted state costs (README, "Performance").
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class CircuitResumeTests(BrowserFixture browser, SeededPortal portal, ITestOutputHelper output)
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task The_registration_wizard_comes_back_with_what_was_typed_but_the_SSN_and_asks_for_it_again()
    {
        var parent = Demo.ReadyToRegister;
        await using var session = await browser.OpenAsync(portal.Factory, "/register", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        var probe = await PersistedStateProbe.AttachAsync(page);
        await page.ReloadAsync(); // the draft's page, with its circuit through the probe
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Child support case number").FillAsync(parent.CaseNumber);
        await page.GetByLabel("Mailing address").FillAsync(parent.AddressLine1);
        await page.GetByLabel("ZIP code").FillAsync(parent.Zip);
        await page.GetByLabel("Social Security number or ITIN").FillAsync(parent.Ssn);

        await page.PauseCircuitAsync();
        output.WriteLine($"Registration wizard, step 1 typed: persisted state {probe.Last}");
        // The SSN was typed, and is nowhere in what was persisted (the rest is in the draft).
        var persisted = string.Concat(Print(probe.Last.Values(Keys)));
        Assert.DoesNotContain(parent.Ssn, persisted, StringComparison.Ordinal);
        Assert.DoesNotContain(parent.Ssn.Replace("-", "", StringComparison.Ordinal), persisted, StringComparison.Ordinal);
        await page.ResumeCircuitAsync();

        await Assertions.Expect(page.GetByLabel("Child support case number")).ToHaveValueAsync(parent.CaseNumber);
        await Assertions.Expect(page.GetByLabel("Mailing address")).ToHaveValueAsync(parent.AddressLine1);
        await Assertions.Expect(page.GetByLabel("ZIP code")).ToHaveValueAsync(parent.Zip);
        await Assertions.Expect(page.GetByLabel("Social Security number or ITIN")).ToHaveValueAsync("");
        var notice = page.GetByTestId("secrets-cleared");
        await Assertions.Expect(notice).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("we do not keep your Social Security number or ITIN: please type it again"));
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Typed again (and sent, as the field is left), the notice has done its job.
        await page.GetByLabel("Social Security number or ITIN").FillAsync(parent.Ssn);
        await page.GetByLabel("ZIP code").FocusAsync();
        await Assertions.Expect(notice).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Forgot_password_comes_back_at_the_same_questions_with_the_answers_cleared()
    {
        var parent = Demo.RegisteredParent;
        await using var session = await browser.OpenAsync(portal.Factory, "/forgot-password");
        var page = session.Page;
        var probe = await PersistedStateProbe.AttachAsync(page);
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Email address").FillAsync(parent.Email);
        await page.GetByLabel("Child support case number").FillAsync(parent.CaseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get security questions" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Step 2 of 3")).ToBeVisibleAsync();
        var questions = await page.Locator(".recovery-form label").AllTextContentsAsync();
        await page.GetByLabel(questions[0]).FillAsync("Pepper");

        await page.PauseCircuitAsync();
        var persisted = string.Concat(Print(probe.Last.Values(Keys)));
        Assert.Contains(parent.Email, persisted, StringComparison.Ordinal);
        Assert.DoesNotContain("Pepper", persisted, StringComparison.Ordinal);
        await page.ResumeCircuitAsync();

        await Assertions.Expect(page.GetByText("Step 2 of 3")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".recovery-form label")).ToHaveTextAsync([.. questions]);
        await Assertions.Expect(page.GetByLabel(questions[0])).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByTestId("secrets-cleared")).ToContainTextAsync("we do not keep answers to security questions");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // "Use another email and case number" goes back to the first step, where both are still filled in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a different email address or case number" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(parent.Email);
        await Assertions.Expect(page.GetByLabel("Child support case number")).ToHaveValueAsync(parent.CaseNumber);
    }

    [Fact]
    public async Task Forgot_case_number_comes_back_with_the_address_and_without_the_SSN()
    {
        var parent = Demo.RegisteredParent;
        await using var session = await browser.OpenAsync(portal.Factory, "/culture/es-US?returnUrl=%2Fforgot-case-number");
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Mes").FillAsync("8");
        await page.GetByLabel("Dirección postal").FillAsync(parent.AddressLine1);
        await page.GetByLabel("Número de Seguro Social o ITIN").FillAsync(parent.Ssn);

        await page.PauseCircuitAsync();
        await page.ResumeCircuitAsync();

        await Assertions.Expect(page.GetByLabel("Mes")).ToHaveValueAsync("8");
        await Assertions.Expect(page.GetByLabel("Dirección postal")).ToHaveValueAsync(parent.AddressLine1);
        await Assertions.Expect(page.GetByLabel("Número de Seguro Social o ITIN")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByTestId("secrets-cleared")).ToContainTextAsync("no guardamos su número de Seguro Social");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_paused_dashboard_resumes_live_and_its_persisted_state_is_printed()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        var probe = await PersistedStateProbe.AttachAsync(page);
        await page.GotoAsync("/dashboard");
        await page.Locator(".case-dashboard[data-live='true']").WaitForAsync();
        // The state the prerender puts in the page for its circuit (the dashboard's data among it).
        var html = await (await page.APIRequest.GetAsync("/dashboard")).TextAsync();
        var prerendered = System.Text.RegularExpressions.Regex.Match(html, "<!--Blazor-Server-Component-State:[^>]*-->").Length;
        output.WriteLine($"Dashboard page: prerendered state in the HTML {prerendered:N0} bytes");

        await page.PauseCircuitAsync();
        output.WriteLine($"Dashboard circuit: persisted state {probe.Last}");
        Print(probe.Last.Values(Keys));
        await page.ResumeCircuitAsync();

        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("806-096-1680");
        await page.Locator(".case-dashboard[data-live='true']").WaitForAsync();
        Assert.NotEmpty(probe.Last.ApplicationState);
    }

    private IDataProtectionProvider Keys => portal.Factory.KestrelServices.GetRequiredService<IDataProtectionProvider>();

    /// <summary>Writes each persisted value's size and text (they hold nothing secret) to the test output.</summary>
    private IEnumerable<string> Print(IReadOnlyDictionary<string, string> values)
    {
        foreach (var entry in values)
        {
            var shown = entry.Value.Length > 200 ? entry.Value[..200] + "..." : entry.Value;
            output.WriteLine($"  {entry.Key[..8]}: {entry.Value.Length:N0} bytes {shown}");
        }
        return values.Values;
    }
}
