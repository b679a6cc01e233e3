using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

[Collection(E2ESecondLane.Name)]
public sealed class PublicPagesTests(BrowserFixture browser, SeededPortal portal)
{
    [Theory]
    [InlineData("/", "Your child support case, online", "Home - Arizona Child Support Portal")]
    [InlineData("/faq", "Frequently asked questions", "Frequently asked questions - Arizona Child Support Portal")]
    public async Task Public_pages_have_landmarks_and_no_serious_accessibility_violations(string path, string heading, string title)
    {
        await using var session = await browser.OpenAsync(portal.Factory, path);
        var page = session.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading })).ToBeVisibleAsync();
        // Static: reading them holds no circuit on the server.
        await Assertions.Expect(page.Locator("#circuit-status")).ToHaveCountAsync(0);
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
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var faqLink = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Frequently asked questions" });

        Assert.False(await page.ScrollsHorizontallyAsync());
        await Assertions.Expect(faqLink).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        await menu.ClickAsync();

        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await faqLink.ClickAsync();
        // In-app navigation (enhanced: no full load) moves focus to the new page's heading, so a screen reader announces it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Frequently asked questions" })).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Frequently asked questions - Arizona Child Support Portal");
        // The shell is rendered anew for the new page: the menu marks it, the language switch comes back to it.
        await menu.ClickAsync();
        await Assertions.Expect(faqLink).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Español" })).ToHaveAttributeAsync("href", "/culture/es-US?returnUrl=%2Ffaq");
        await menu.ClickAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/faq")]
    [InlineData("/forgot-username")]
    [InlineData("/signin")]
    [InlineData("/register")]
    public async Task At_360_pixels_the_customer_service_numbers_are_shown_once(string path)
    {
        await using var session = await browser.OpenAsync(portal.Factory, path, width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();

        // Whether the page gives them itself or leaves them to the footer, a phone shows the numbers once.
        await Assertions.Expect(page.Locator(".customer-service:visible")).ToHaveCountAsync(1);
        Assert.False(await page.ScrollsHorizontallyAsync());
    }

    [Fact]
    public async Task The_skip_link_comes_first_for_keyboard_users_and_moves_focus_to_the_main_content()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;

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

        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/faq$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Preguntas frecuentes" })).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_page_reached_from_the_menu_takes_focus_to_its_heading_even_when_it_is_interactive()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/faq");
        var page = session.Page;
        var navigated = page.WaitForRequestAsync(request => request.Url.EndsWith("/forgot-password", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to Forgot password" }).ClickAsync();

        // Enhanced navigation fetched the page (no full load), then its circuit started and replaced the
        // prerendered markup: the heading keeps focus through both.
        Assert.Equal("fetch", (await navigated).ResourceType);
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Forgot password" })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeEditableAsync();
    }
}
