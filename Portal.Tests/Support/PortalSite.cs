using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>Opening the portal in a fresh browser context (a person with their own cookies), and what every page test checks.</summary>
public static class PortalSite
{
    public const int PhoneWidth = 360;

    /// <param name="userAgent">Another device's User-Agent (a phone's, say); Chromium's own when null.</param>
    public static async Task<BrowserSession> OpenAsync(this BrowserFixture browser, KestrelPortalFactory portal, string path, int width = 1280, int height = 900, string? userAgent = null)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.ServerAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            UserAgent = userAgent,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return new BrowserSession(context, page);
    }

    /// <summary>
    /// Waits until the Blazor circuit is live, so clicks reach interactive components. After a link from one interactive
    /// page to another, wait for something of the new page first (its heading): until the new page is in, the old page's
    /// marker still says "interactive".
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("#circuit-status[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Runs axe on the page and fails, naming each rule and element, on any serious or critical violation.</summary>
    /// <param name="scanFrames">False for a page framing sandboxed content axe cannot run inside (it would wait forever).</param>
    public static async Task AssertNoSeriousAccessibilityViolationsAsync(this IPage page, bool scanFrames = true)
    {
        // axe reads colours as they are at that instant: a button the circuit has just enabled can be half-way through
        // its colour transition (it failed contrast once so). Transitions end at once, at the colours a person sees.
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; animation: none !important; }" });
        // Violations only: axe skips building the passes, incomplete and inapplicable lists, the slow part of a scan.
        AxeResult result = await page.RunAxe(new AxeRunOptions { Iframes = scanFrames, ResultTypes = [ResultType.Violations] });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    /// <summary>Whether the page scrolls sideways: at phone width nothing may stick out.</summary>
    public static Task<bool> ScrollsHorizontallyAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
