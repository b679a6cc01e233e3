using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Features.Accounts.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Navigation with a static shell: an interactive page that changes its address, and an interactive page reached
/// from a static one by enhanced navigation (its circuit starts then, with what the prerender persisted).
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class StaticShellNavigationTests(BrowserFixture browser, SeededPortal portal)
{
    // A seeded non-custodial parent on two cases (seed-data/participants.csv), with no account of their own.
    private const string TwoCasePersonId = "P72287964";
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task Choosing_another_case_on_the_dashboard_shows_it_and_leaves_focus_on_the_selector()
    {
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, "two.cases", personId: TwoCasePersonId);
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "two.cases", TestAccounts.Password, returnUrl: "/dashboard?case=4472468224");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("447-246-8224");

        var selector = page.GetByLabel("Choose a case");
        await selector.FocusAsync();
        await selector.SelectOptionAsync("7571933733");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dashboard\\?case=7571933733$"));
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("757-193-3733");
        await Assertions.Expect(selector).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".case-dashboard[data-live='true']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_wizard_reached_from_the_home_page_counts_a_failed_match_against_this_browser_and_focuses_its_heading()
    {
        var parent = Demo.ReadyToRegister;
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create account" }).ClickAsync();

        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Find your case" })).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Find your case (step 1 of 9) - Arizona Child Support Portal");

        await page.GetByLabel("Child support case number").FillAsync(parent.CaseNumber);
        await page.GetByLabel("Social Security number or ITIN").FillAsync(parent.Ssn);
        await page.GetByLabel("Month").FillAsync(parent.DateOfBirth.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Day").FillAsync(parent.DateOfBirth.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(parent.DateOfBirth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Mailing address").FillAsync(parent.AddressLine1);
        await page.GetByLabel("ZIP code").FillAsync("85001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "We could not match these details to an open child support case." })).ToBeVisibleAsync();

        // The circuit started after an enhanced navigation, and still has this browser's address (127.0.0.1).
        await using var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var clientKey = FailedMatchAttempt.ClientKeyOf("127.0.0.1");
        Assert.True(await db.FailedMatchAttempts.AnyAsync(a => a.ClientKey == clientKey && a.CaseNumber == parent.CaseNumber));
    }
}
