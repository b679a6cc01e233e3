using Bunit;
using Microsoft.AspNetCore.Http;
using Portal.App.Platform.Errors;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Errors;

public sealed class ErrorPageTests : BunitContext
{
    public ErrorPageTests()
    {
        this.AddPortalTestServices();
        // A static page: rendered on the server, never in a circuit.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
    }

    [Fact]
    public void Gives_a_reference_number_and_customer_service_numbers()
    {
        using var culture = CultureScope.Spanish();
        var httpContext = new DefaultHttpContext { TraceIdentifier = "0HN7ABC:00000001" };

        var page = Render<ErrorPage>(parameters => parameters.AddCascadingValue<HttpContext>(httpContext));

        Assert.Equal("Algo salió mal", page.Find("h1").TextContent.Trim());
        Assert.Equal(System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? "0HN7ABC:00000001", page.Find(".error-reference__id").TextContent);
        Assert.NotNull(page.Find("a[href='tel:+18008824151']"));
    }
}
