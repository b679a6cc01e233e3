using System.Net;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Features.Offices;

/// <summary>Each office's own page: its facts and a small map drawn on the server, no tiles, no script.</summary>
public sealed class OfficePageHttpTests(OfficesPortal portal) : IClassFixture<OfficesPortal>
{
    [Fact]
    public async Task An_office_page_gives_the_office_facts_and_a_map_of_Arizona_with_every_office_on_it()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/offices/flag");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Flagstaff Office", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Flagstaff Office - Arizona Child Support Portal", page.Title);
        Assert.Contains("397 S Malpais Ln", page.QuerySelector("address")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Open now", page.QuerySelector(".office-card__open")!.TextContent);
        Assert.Equal("https://www.openstreetmap.org/directions?route=%3B35.1983%2C-111.6513",
            page.QuerySelectorAll("a").Single(a => a.TextContent == "Directions to Flagstaff Office (OpenStreetMap)").GetAttribute("href"));
        var map = page.QuerySelector("figure.office-map svg")!;
        Assert.Equal("img", map.GetAttribute("role"));
        Assert.Equal("Map of Arizona showing Flagstaff Office (ringed) and the other DCSS offices", map.QuerySelector("title")!.TextContent);
        Assert.Equal(16, map.QuerySelectorAll("circle.office-map__office").Length);
        Assert.Single(map.QuerySelectorAll("circle.office-map__this"));
        // Flagstaff is in the north of the state, a little east of the middle.
        var x = double.Parse(map.QuerySelector("circle.office-map__this")!.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture);
        var y = double.Parse(map.QuerySelector("circle.office-map__this")!.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(x, 125, 150);
        Assert.InRange(y, 85, 100);
    }

    [Fact]
    public async Task An_unknown_office_answers_404_with_its_own_words_and_a_way_back()
    {
        using var client = portal.CreateClient();

        var response = await client.GetAsync("/offices/" + new string('X', 2_000));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Office not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/offices']"));
    }

    [Fact]
    public async Task The_menu_the_sign_in_page_and_the_customer_service_block_lead_to_the_office_locator()
    {
        using var client = portal.CreateClient("es-US");

        var signIn = new HtmlParser().ParseDocument(await client.GetStringAsync("/signin"));

        Assert.Equal("Oficinas", signIn.QuerySelector("nav a[href='/offices']")!.TextContent.Trim());
        Assert.Equal("¿Necesita ayuda en persona? Busque una oficina", signIn.QuerySelector("main a[href='/offices']")!.TextContent);
        Assert.Equal("O visite una oficina de DCSS cerca de usted", signIn.QuerySelector("footer .customer-service a[href='/offices']")!.TextContent);
    }
}
