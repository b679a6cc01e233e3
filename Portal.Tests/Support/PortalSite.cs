using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>One browser context (a person with their own cookies) on the portal started by the fixture.</summary>
public static class PortalSite
{
    public const int PhoneWidth = 360;

    public static async Task<IPage> OpenAsync(this BrowserFixture browser, KestrelPortalFactory portal, string path, int width = 1280, int height = 900, string? locale = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale ?? "en-US",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Waits until the Blazor circuit is live, so clicks reach interactive components.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
