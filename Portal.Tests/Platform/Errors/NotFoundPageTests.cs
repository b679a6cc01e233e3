using Bunit;
using Microsoft.AspNetCore.Http;
using Portal.App.Platform.Errors;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Errors;

public sealed class NotFoundPageTests : BunitContext
{
    public NotFoundPageTests()
    {
        this.AddPortalTestServices();
        // A static page: rendered on the server, never in a circuit.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public void Says_the_page_was_not_found_with_a_way_home_and_to_the_FAQ()
    {
        using var culture = CultureScope.English();
        var httpContext = new DefaultHttpContext();

        var page = Render<NotFoundPage>(parameters => parameters.AddCascadingValue<HttpContext>(httpContext));

        Assert.Equal("Page not found", page.Find("h1").TextContent.Trim());
        Assert.NotNull(page.Find("a[href='/']"));
        Assert.NotNull(page.Find("a[href='/faq']"));
        Assert.Equal(StatusCodes.Status404NotFound, httpContext.Response.StatusCode);
    }
}
