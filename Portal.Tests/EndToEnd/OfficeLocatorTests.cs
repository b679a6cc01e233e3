using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The office locator on a phone (360 px), in English and Spanish: a ZIP search, the nearest office marked, its page with
/// the map, where the directions link goes, and "use my location" with the browser's permission. Details (bad ZIP
/// codes, other states, open now) are tested over HTTP and in bUnit.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class OfficeLocatorTests(BrowserFixture browser, SeededPortal portal)
{
    private sealed record Words(string Heading, string Zip, string Find, string ResultsForZip, string Nearest, string UseMyLocation, string NearYou, string MapName);

    private static readonly Dictionary<string, Words> Language = new()
    {
        ["en-US"] = new("Find a DCSS office", "ZIP code", "Find offices", "Offices nearest to ZIP code 85201", "Nearest office",
            "Use my location", "Offices nearest to your location", "Map of Arizona showing Mesa Office (ringed) and the other DCSS offices"),
        ["es-US"] = new("Buscar una oficina de DCSS", "Código postal (ZIP)", "Buscar oficinas", "Oficinas más cercanas al código postal 85201", "Oficina más cercana",
            "Usar mi ubicación", "Oficinas más cercanas a su ubicación", "Mapa de Arizona con Mesa Office (en un círculo) y las demás oficinas de DCSS"),
    };

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task A_parent_finds_the_nearest_office_by_ZIP_code_opens_its_page_and_gets_directions_to_it(string culture)
    {
        var words = Language[culture];
        await using var session = await browser.OpenAsync(portal.Factory, $"/culture/{culture}?returnUrl=%2Foffices", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = words.Heading })).ToBeVisibleAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByLabel(words.Zip).FillAsync("85201");
        await page.GetByRole(AriaRole.Button, new() { Name = words.Find }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = words.ResultsForZip })).ToBeVisibleAsync();
        var first = page.Locator(".offices-list > li").First;
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("Mesa Office");
        await Assertions.Expect(first).ToContainTextAsync(words.Nearest);
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await first.GetByRole(AriaRole.Link, new() { Name = "Mesa Office", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Mesa Office" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.Factory.ServerAddress, "/offices/MESA").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = words.MapName })).ToBeVisibleAsync();
        var directions = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("OpenStreetMap") });
        await Assertions.Expect(directions).ToHaveAttributeAsync("href", "https://www.openstreetmap.org/directions?route=%3B33.3784%2C-111.856");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Use_my_location_asks_the_browser_only_on_click_and_ranks_the_offices_from_there()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/offices", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        var words = Language["en-US"];
        // Downtown Tucson, granted as a person would when the browser asks.
        await session.Context.SetGeolocationAsync(new Geolocation { Latitude = 32.2540f, Longitude = -110.9742f });
        await session.Context.GrantPermissionsAsync(["geolocation"]);

        await page.GetByRole(AriaRole.Button, new() { Name = words.UseMyLocation }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = words.NearYou })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".offices-list > li").First.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("Tucson North Office");
        // Posted, never put in the address.
        Assert.DoesNotContain("32.25", page.Url, StringComparison.Ordinal);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
