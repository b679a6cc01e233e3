using Microsoft.Playwright;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Every page, in English and Spanish, at a phone's 360 px: axe finds nothing serious or critical, and nothing scrolls
/// sideways. The pages whose layout changes on a wide screen (the home page's cards, the map, the dashboard's grid, the
/// staff tables) are scanned in English at a desktop's 1280 px too; the rest are one column at every width. The layout
/// is the same in both languages and the words are what differ, so the narrowest width is the one Spanish needs (a scan
/// with its page costs about 3 s on CI's two cores, and the end-to-end tests run one after another).
/// Pages with their own journeys test their states elsewhere; this sweep is the floor every page stands on. /forms and
/// its wizard are scanned in both languages by FormsTests, which reaches them as a parent with forms to show.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class EveryPageAccessibilityTests(BrowserFixture browser, SeededPortal portal)
{
    private const string DemoCase = "8060961680";

    private static readonly HashSet<string> WideLayouts =
    [
        "/", "/offices", "/offices/PHXC", $"/dashboard?case={DemoCase}", "/staff", $"/staff/cases/{DemoCase}", "/staff/audit", "/staff/messages", "/staff/forms",
    ];

    private static int[] Widths(string culture, string path) =>
        culture == "en-US" && WideLayouts.Contains(path) ? [PortalSite.PhoneWidth, 1280] : [PortalSite.PhoneWidth];

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task Every_public_page_passes_axe_and_fits(string culture)
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        foreach (var path in new[] { "/", "/faq", "/signin", "/register", "/forgot-username", "/forgot-password", "/forgot-case-number", "/forgot-security-answers", "/offices", "/offices/PHXC", "/no-such-page" })
        {
            await CheckAsync(session.Page, culture, path);
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task Every_page_of_a_signed_in_parent_passes_axe_and_fits(string culture)
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        await session.Page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        foreach (var path in new[] { $"/dashboard?case={DemoCase}", $"/dashboard/payments/print?case={DemoCase}", "/dashboard/payments/R4600000225", $"/dashboard/statement?case={DemoCase}", "/documents", "/account/security", "/account/profile", "/messages", "/messages/new", "/staff" })
        {
            await CheckAsync(session.Page, culture, path);
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task Every_staff_page_passes_axe_and_fits(string culture)
    {
        var supervisor = $"sweep.supervisor.{culture}".ToLowerInvariant();
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, supervisor, role: PortalRoles.Supervisor);
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        await session.Page.SignInAsync(portal.Factory, supervisor, TestAccounts.Password);
        foreach (var path in new[] { "/staff", $"/staff/cases/{DemoCase}", $"/staff/cases/{DemoCase}/payments/print", "/staff/audit", "/staff/messages", "/staff/forms", "/staff/applications", "/dashboard" })
        {
            await CheckAsync(session.Page, culture, path);
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task Every_page_of_an_applicant_passes_axe_and_fits(string culture)
    {
        var applicant = $"sweep.applicant.{culture}".ToLowerInvariant();
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, applicant);
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        await session.Page.SignInAsync(portal.Factory, applicant, TestAccounts.Password);
        foreach (var path in new[] { "/dashboard", "/apply", "/apply/about-you", "/apply/documents", "/apply/link-case" })
        {
            await CheckAsync(session.Page, culture, path);
        }
    }

    /// <summary>Opens the page once in the language, then checks it at each width (the layout follows a resize).</summary>
    private static async Task CheckAsync(IPage page, string culture, string path)
    {
        await page.GotoAsync($"/culture/{culture}?returnUrl={Uri.EscapeDataString(path)}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture[..2]);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
        // An interactive page is scanned as its circuit renders it, not only as it was prerendered.
        if (await page.Locator("#circuit-status").CountAsync() > 0) await page.WaitForCircuitAsync();
        foreach (var width in Widths(culture, path))
        {
            await page.SetViewportSizeAsync(width, 900);
            try
            {
                await page.AssertNoSeriousAccessibilityViolationsAsync();
                if (width == PortalSite.PhoneWidth) Assert.False(await page.ScrollsHorizontallyAsync(), "scrolls sideways");
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"{path} in {culture} at {width} px: {failure.Message}");
            }
        }
    }
}
