using Microsoft.Playwright;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A registration draft's address is not a key to it: only the browser that matched the case can open it.
/// Its own seeded portal, because the collection's shared one sees the ready-to-register parent register for good.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class RegistrationDraftBindingTests(BrowserFixture browser) : IDisposable
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;
    private readonly KestrelPortalFactory portal = new(seed: true);

    [Fact]
    public async Task Another_browser_opening_a_drafts_address_gets_the_unknown_registration_page()
    {
        var parent = Demo.ReadyToRegister;
        await using var first = await browser.OpenAsync(portal, "/register");
        await first.Page.WaitForCircuitAsync();
        await RegistrationWizardTests.FillFindCaseAsync(first.Page, parent, parent.CaseNumber);
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(first.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account" })).ToBeVisibleAsync();
        await Assertions.Expect(first.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register/[0-9a-f-]{36}$"));
        var draftAddress = new Uri(first.Page.Url).PathAndQuery;

        await using var second = await browser.OpenAsync(portal, draftAddress);
        await second.Page.WaitForCircuitAsync();

        await Assertions.Expect(second.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "This registration is no longer available" })).ToBeVisibleAsync();
        await Assertions.Expect(second.Page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(parent.FirstName);
        await Assertions.Expect(second.Page.GetByLabel("Email address", new() { Exact = true })).ToHaveCountAsync(0);

        // The browser that started it still continues where it was.
        await first.Page.ReloadAsync();
        await first.Page.WaitForCircuitAsync();
        await Assertions.Expect(first.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_drafts_own_address_comes_without_loading_the_page_again()
    {
        var parent = Demo.ReadyToRegister;
        await using var session = await browser.OpenAsync(portal, "/register");
        var page = session.Page;
        await page.WaitForCircuitAsync();
        var loads = 0;
        page.Load += (_, _) => loads++;
        await RegistrationWizardTests.FillFindCaseAsync(page, parent, parent.CaseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register/[0-9a-f-]{36}$"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // The circuit goes on: no second page load (which lost what was typed meanwhile and started a new circuit).
        Assert.Equal(0, loads);
        await Assertions.Expect(page.GetByLabel("Email address", new() { Exact = true })).ToHaveValueAsync(parent.Email);
    }

    public void Dispose() => portal.Dispose();
}
