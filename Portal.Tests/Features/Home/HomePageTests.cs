using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Home;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Home;

public sealed class HomePageTests : BunitContext
{
    public HomePageTests()
    {
        this.AddPortalTestServices();
        // No pages to offer: what the offers show is tested against the app's real routes (HomePageOffersTests).
        Services.AddSingleton<Microsoft.AspNetCore.Routing.EndpointDataSource>(new Microsoft.AspNetCore.Routing.DefaultEndpointDataSource());
        // A static page: rendered on the server, never in a circuit.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
    }

    [Theory]
    [InlineData("tel:+16022524045", "602-252-4045")]
    [InlineData("tel:+18008824151", "800-882-4151")]
    [InlineData("tel:711", "7-1-1")]
    public void Customer_service_numbers_are_phone_links(string href, string shownNumber)
    {
        using var culture = CultureScope.English();

        var page = Render<HomePage>();

        var link = page.Find($"a[href='{href}']");
        Assert.Equal(shownNumber, link.TextContent.Trim());
    }

    [Fact]
    public void Customer_service_hours_are_shown_for_Arizona_time()
    {
        using var culture = CultureScope.English();

        var page = Render<HomePage>();

        Assert.Contains("Monday through Friday, 7:00\u202FAM to 5:30\u202FPM, Arizona time", page.Markup.Replace("&#x202F;", "\u202F", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Says_only_IV_D_cases_are_served_and_others_go_to_the_Clerk_of_Court()
    {
        using var culture = CultureScope.English();

        var page = Render<HomePage>();

        var notice = page.Find("aside").TextContent;
        Assert.Contains("IV-D cases only", notice, StringComparison.Ordinal);
        Assert.Contains("Non-IV-D cases are handled by the Clerk of the Superior Court", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Offers_sign_in_and_create_account()
    {
        using var culture = CultureScope.English();

        var page = Render<HomePage>();

        Assert.Equal("Sign in", page.Find("a[href='/signin']").TextContent.Trim());
        Assert.Equal("Create account", page.Find("a[href='/register']").TextContent.Trim());
    }

    [Fact]
    public void In_Spanish_the_page_is_in_Spanish()
    {
        using var culture = CultureScope.Spanish();

        var page = Render<HomePage>();

        Assert.Equal("Su caso de manutención de menores, en línea", page.Find("h1").TextContent.Trim());
        Assert.Contains("solo casos IV-D", page.Find("aside").TextContent, StringComparison.Ordinal);
        Assert.Equal("Iniciar sesión", page.Find("a[href='/signin']").TextContent.Trim());
    }
}
