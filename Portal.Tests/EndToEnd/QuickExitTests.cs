using Microsoft.Playwright;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// "Leave this site quickly", by keyboard: the second Tab stop on every page, and Shift pressed three times in a row.
/// Either replaces the page with a neutral site, so Back does not return to the portal.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class QuickExitTests(BrowserFixture browser, SeededPortal portal)
{
    [Fact]
    public async Task The_link_is_the_second_tab_stop_and_enter_leaves_for_a_neutral_site_that_back_does_not_undo()
    {
        await using var session = await OpenAsync("/faq");
        var page = session.Page;
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Leave this site quickly" })).ToBeVisibleAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Leave this site quickly" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(SeededPortal.NeutralSite);
        // The portal's page was replaced, not left behind: Back goes to where the browser was before it (here, a blank tab).
        await page.GoBackAsync();
        Assert.DoesNotContain(portal.Factory.ServerAddress.Authority, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shift_three_times_leaves_but_typing_capitals_does_not_in_english_or_spanish()
    {
        await using var session = await OpenAsync("/culture/es-US?returnUrl=%2Fsignin");
        var page = session.Page;
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Salir rápido de este sitio" })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Capitals are Shift and a letter, three times: not a way out.
        await page.GetByLabel("Nombre de usuario o correo electrónico").FocusAsync();
        foreach (var letter in "ABC") await page.Keyboard.PressAsync($"Shift+{letter}");
        Assert.Equal("ABC", await page.GetByLabel("Nombre de usuario o correo electrónico").InputValueAsync());
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await Expect(page.Locator("[data-quick-exit-status]")).ToHaveTextAsync("Mayús: presiónela 1 vez más para salir de este sitio.");
        Assert.Contains("/signin", page.Url, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Shift");

        await page.WaitForURLAsync(SeededPortal.NeutralSite);
    }

    private async Task<BrowserSession> OpenAsync(string path)
    {
        var session = await browser.OpenAsync(portal.Factory, path, width: PortalSite.PhoneWidth);
        await session.Context.RouteAsync(SeededPortal.NeutralSite, route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><main><h1>Sunny, 72°F</h1></main></html>",
        }));
        return session;
    }
}
