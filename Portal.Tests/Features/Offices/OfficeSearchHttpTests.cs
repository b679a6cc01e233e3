using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Offices;

/// <summary>The office search as a browser without JavaScript uses it: a plain form posted to /offices.</summary>
public sealed class OfficeSearchHttpTests(OfficesPortal portal) : IClassFixture<OfficesPortal>
{
    private const int OfficeCount = 17;

    [Fact]
    public async Task A_first_visit_shows_the_search_and_every_office_by_name_with_no_location_button_until_a_script_offers_it()
    {
        using var client = portal.CreateClient();

        var page = Parse(await client.GetStringAsync("/offices"));

        Assert.Equal("Find a DCSS office", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("ZIP code", page.QuerySelector("label[for=zip]")!.TextContent);
        Assert.Equal("zip-hint", page.GetElementById("zip")!.GetAttribute("aria-describedby"));
        Assert.Equal(OfficeCount, Offices(page).Count);
        Assert.Equal("Casa Grande Office", Offices(page)[0]);
        Assert.Empty(page.QuerySelectorAll(".office-card__nearest"));
        Assert.True(page.QuerySelector("[data-locate]")!.HasAttribute("hidden"));
    }

    [Fact]
    public async Task A_Mesa_ZIP_code_lists_the_Mesa_office_first_marked_nearest_with_its_distance_hours_and_links()
    {
        using var client = portal.CreateClient();

        var response = await Search(client, "85201");
        var page = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Offices nearest to ZIP code 85201", page.GetElementById("results-heading")!.TextContent);
        Assert.Equal(["Mesa Office", "Chandler Office", "Phoenix Central Office"], Offices(page).Take(3));
        Assert.Equal(OfficeCount, Offices(page).Count);
        var nearest = page.QuerySelectorAll(".office-card")[0];
        Assert.Contains("Nearest office", nearest.QuerySelector(".office-card__nearest")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".office-card__nearest"));
        Assert.Equal("3.8 miles away in a straight line", nearest.QuerySelector(".office-card__distance")!.TextContent);
        Assert.Contains("1255 W Baseline Rd", nearest.QuerySelector("address")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:+16022524045", nearest.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("Open Monday to Friday, 8:00 AM to 5:00 PM, Arizona time", Flat(nearest.TextContent), StringComparison.Ordinal);
        Assert.Equal("Open now", nearest.QuerySelector(".office-card__open")!.TextContent);
        Assert.Equal("https://www.openstreetmap.org/directions?route=%3B33.3784%2C-111.856",
            Link(nearest, "Directions to Mesa Office (OpenStreetMap)").GetAttribute("href"));
        Assert.Equal("https://www.valleymetro.org/trip-planner", Link(nearest, "Plan a bus or light rail trip (Valley Metro)").GetAttribute("href"));
        Assert.Equal("/offices/MESA", Link(nearest, "Mesa Office").GetAttribute("href"));
        Assert.Equal("85201", page.GetElementById("zip")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Offices_outside_the_Phoenix_area_have_no_Valley_Metro_link_and_say_so()
    {
        using var client = portal.CreateClient();

        var page = Parse(await (await Search(client, "86001")).Content.ReadAsStringAsync());

        var flagstaff = page.QuerySelectorAll(".office-card")[0];
        Assert.Equal("Flagstaff Office", flagstaff.QuerySelector("h3")!.TextContent);
        Assert.Equal("No public transit trip planner covers this office.", flagstaff.QuerySelector(".office-card__no-transit")!.TextContent);
        Assert.DoesNotContain("valleymetro", flagstaff.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ZIP_code_of_another_state_says_so_and_lists_every_office()
    {
        using var client = portal.CreateClient();

        var page = Parse(await (await Search(client, "90210")).Content.ReadAsStringAsync());

        Assert.StartsWith("ZIP code 90210 is not in Arizona.", page.GetElementById("search-outcome")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OfficeCount, Offices(page).Count);
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Empty(page.QuerySelectorAll(".office-card__nearest"));
    }

    [Theory]
    [InlineData("85001")] // downtown Phoenix's PO boxes: a real ZIP code with no area
    [InlineData("86549")] // in Arizona's range, but no such ZIP code
    public async Task An_Arizona_ZIP_code_with_no_known_centre_says_so_and_lists_every_office(string zip)
    {
        using var client = portal.CreateClient();

        var page = Parse(await (await Search(client, zip)).Content.ReadAsStringAsync());

        Assert.StartsWith($"We could not find ZIP code {zip} on our map", page.GetElementById("search-outcome")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OfficeCount, Offices(page).Count);
    }

    public static TheoryData<string> MalformedZips => new()
    {
        "abcde",
        "8500",
        "85 007",
        "<script>",
        new string('9', 10_000),
    };

    [Theory]
    [MemberData(nameof(MalformedZips))]
    public async Task A_malformed_ZIP_code_gets_a_message_at_the_field_and_keeps_what_was_typed(string zip)
    {
        using var client = portal.CreateClient();

        var response = await Search(client, zip);
        var page = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter a ZIP code of 5 digits, for example 85007", page.GetElementById("zip-error")!.TextContent.Trim());
        Assert.Equal("zip", page.QuerySelector(".error-summary [data-focus-field]")!.GetAttribute("data-focus-field"));
        var field = page.GetElementById("zip")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal("zip-hint zip-error", field.GetAttribute("aria-describedby"));
        Assert.Equal(zip, field.GetAttribute("value"));
        Assert.Equal(OfficeCount, Offices(page).Count);
    }

    [Fact]
    public async Task An_empty_ZIP_code_asks_for_one()
    {
        using var client = portal.CreateClient();

        var page = Parse(await (await Search(client, "  ")).Content.ReadAsStringAsync());

        Assert.Equal("Enter your ZIP code", page.GetElementById("zip-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task In_Spanish_the_results_and_the_messages_are_in_Spanish()
    {
        using var client = portal.CreateClient("es-US");

        var found = Parse(await (await Search(client, "85701")).Content.ReadAsStringAsync());
        var wrong = Parse(await (await Search(client, "85a01")).Content.ReadAsStringAsync());

        Assert.Equal("Oficinas más cercanas al código postal 85701", found.GetElementById("results-heading")!.TextContent);
        var nearest = found.QuerySelectorAll(".office-card")[0];
        Assert.Contains("Oficina más cercana", nearest.TextContent, StringComparison.Ordinal);
        Assert.Equal("A 3.3 millas en línea recta", nearest.QuerySelector(".office-card__distance")!.TextContent);
        Assert.Equal("Abierta ahora", nearest.QuerySelector(".office-card__open")!.TextContent);
        Assert.Equal("Escriba un código postal de 5 dígitos, por ejemplo 85007", wrong.GetElementById("zip-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_browser_location_ranks_the_offices_from_there_and_says_it_is_not_kept()
    {
        using var client = portal.CreateClient();

        var response = await HtmlForms.SubmitAsync(client, "/offices", "location-search",
            new Dictionary<string, string> { ["Location.Latitude"] = "32.2540", ["Location.Longitude"] = "-110.9742" });
        var page = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Offices nearest to your location", page.GetElementById("results-heading")!.TextContent);
        Assert.Equal("Tucson North Office", Offices(page)[0]);
        Assert.Contains("We do not keep it.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("32.2540", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "-110.9")]
    [InlineData("95", "-110.9")]
    [InlineData("NaN", "-110.9")]
    [InlineData("", "")]
    public async Task A_location_that_cannot_be_used_says_so_and_the_ZIP_search_stays(string latitude, string longitude)
    {
        using var client = portal.CreateClient();

        var response = await HtmlForms.SubmitAsync(client, "/offices", "location-search",
            new Dictionary<string, string> { ["Location.Latitude"] = latitude, ["Location.Longitude"] = longitude });
        var page = Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("We could not use that location. Search by ZIP code instead.", page.GetElementById("location-unusable")!.TextContent);
        Assert.NotNull(page.GetElementById("zip"));
        Assert.Equal(OfficeCount, Offices(page).Count);
    }

    private static Task<HttpResponseMessage> Search(HttpClient client, string zip) =>
        HtmlForms.SubmitAsync(client, "/offices", "zip-search", new Dictionary<string, string> { ["Search.Zip"] = zip });

    // ICU may put a narrow no-break space before "AM".
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<string> Offices(IDocument page) =>
        [.. page.QuerySelectorAll(".offices-list .office-card__name").Select(h => h.TextContent)];

    private static IElement Link(IElement card, string text) =>
        card.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == text);
}
