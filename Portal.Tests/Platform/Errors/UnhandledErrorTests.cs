using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Errors;

public sealed class UnhandledErrorTests : IDisposable
{
    private readonly FailingPortal portal = new();

    [Fact]
    public async Task A_failure_shows_the_friendly_page_with_a_reference_that_finds_the_logged_error()
    {
        var response = await portal.CreateClient().GetAsync(FailingPortal.FailingPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Something went wrong", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain(FailingPortal.InternalDetail, page.Body!.TextContent);
        var reference = page.QuerySelector(".error-reference__id")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(reference));

        var logged = Assert.Single(portal.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == FailingPortal.InternalDetail);
        Assert.Equal(reference, logged.Scopes["TraceId"]?.ToString());
    }

    public void Dispose() => portal.Dispose();

    /// <summary>The app in Production mode with one route that throws, as a bug would.</summary>
    private sealed class FailingPortal() : PortalAppFactory(environment: "Production")
    {
        public const string FailingPath = "/test-only/fail";
        public const string InternalDetail = "Simulated failure deep inside the portal";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new ThrowingRoute()));
        }

        private sealed class ThrowingRoute : IStartupFilter
        {
            // Appended after the app's own pipeline, so its exception handler is the one that catches it.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((HttpContext context, RequestDelegate _) =>
                    context.Request.Path == FailingPath ? throw new InvalidOperationException(InternalDetail) : Task.CompletedTask);
            };
        }
    }
}
