using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

[Collection(E2ECollection.Name)]
public sealed class PublicPagesTests(BrowserFixture browser, SeededPortal portal)
{
    [Theory]
    [InlineData("/", "Your child support case, online", "Home - Arizona Child Support Portal")]
    [InlineData("/faq", "Frequently asked questions", "Frequently asked questions - Arizona Child Support Portal")]
    public async Task Public_pages_go_live_with_landmarks_and_no_serious_accessibility_violations(string path, string heading, string title)
    {
        await using var session = await browser.OpenAsync(portal.Factory, path);
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(title);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_360_pixels_and_the_menu_opens_from_its_toggle()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var faqLink = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Frequently asked questions" });

        Assert.False(await page.ScrollsHorizontallyAsync());
        await Assertions.Expect(faqLink).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        await menu.ClickAsync();

        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await faqLink.ClickAsync();
        // In-app navigation moves focus to the new page's heading, so a screen reader announces it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Frequently asked questions" })).ToBeFocusedAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task The_skip_link_comes_first_for_keyboard_users_and_moves_focus_to_the_main_content()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Choosing_Español_shows_the_portal_in_Spanish_and_it_stays_Spanish()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/faq");
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/faq$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Preguntas frecuentes" })).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
