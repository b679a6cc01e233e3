using Portal.Tests.Support;

namespace Portal.Tests.Features.Home;

/// <summary>The home page offers only what the portal can do today, each offer a link to its page.</summary>
public sealed class HomePageOffersTests
{
    [Fact]
    public async Task Only_offers_whose_page_exists_are_shown_and_each_links_to_it()
    {
        using var app = new PortalAppFactory();
        using var client = app.CreateClient();

        var home = await client.GetStringAsync("/");
        var offers = home[home.IndexOf("offers-heading", StringComparison.Ordinal)..];
        offers = offers[..offers.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Matches("<a href=\"/dashboard\"[^>]*>See your case</a>", offers);
        Assert.Matches("<a href=\"/account/profile\"[^>]*>Keep your details up to date</a>", offers);
        Assert.Matches("<a href=\"/forms\"[^>]*>Send forms online</a>", offers);
        Assert.Matches("<a href=\"/messages\"[^>]*>Ask DCSS a question</a>", offers);
        Assert.Matches("<a href=\"/offices\"[^>]*>Find an office</a>", offers);
    }
}
