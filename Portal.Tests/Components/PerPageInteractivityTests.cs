using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Tests.Support;

namespace Portal.Tests.Components;

/// <summary>
/// The shell (header, menu, footer) is rendered statically on every request; only pages with something to do
/// in a circuit are interactive, and only the page itself lives in the circuit. The HTML says which: an
/// interactive page carries Blazor's server component marker, a static one none.
/// </summary>
public sealed class PerPageInteractivityTests : IClassFixture<PerPageInteractivityTests.Portal>
{
    private const string ServerComponentMarker = "<!--Blazor:{\"type\":\"server\"";
    private readonly Portal portal;

    public PerPageInteractivityTests(Portal portal) => this.portal = portal;

    public sealed class Portal : IDisposable
    {
        public ControlledPortal App { get; } = new(seed: false);

        public void Dispose() => App.Dispose();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/faq")]
    [InlineData("/forgot-security-answers")]
    [InlineData("/signin")]
    public async Task Content_pages_and_plain_forms_open_no_circuit(string path)
    {
        using var client = portal.App.CreateClient();

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("circuit-status", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_step_is_interactive_but_the_shell_around_it_is_not()
    {
        using var client = portal.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/register", UriKind.Relative));

        Assert.Contains("Find your case", html, StringComparison.Ordinal);
        AssertOnlyThePageIsInteractive(html);
    }

    [Fact]
    public async Task The_dashboard_is_interactive_but_the_shell_around_it_is_not()
    {
        await TestAccounts.CreateActivatedAsync(portal.App.Services, "shell.parent", personId: "SHELL-1");
        using var client = await SignedInClient.CreateAsync(portal.App, "shell.parent", TestAccounts.Password);

        using var response = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertOnlyThePageIsInteractive(await response.Content.ReadAsStringAsync());
    }

    // One server component, inside <main>: the header, menu and footer are not part of the circuit.
    private static void AssertOnlyThePageIsInteractive(string html)
    {
        var marker = html.IndexOf(ServerComponentMarker, StringComparison.Ordinal);
        Assert.True(marker >= 0, "no server component marker");
        Assert.Equal(marker, html.LastIndexOf(ServerComponentMarker, StringComparison.Ordinal));
        Assert.True(html.IndexOf("<main", StringComparison.Ordinal) < marker, "the interactive part starts before <main>");
        Assert.True(html.IndexOf("</main>", StringComparison.Ordinal) > marker, "the interactive part starts after </main>");
        Assert.True(html.IndexOf("<footer", StringComparison.Ordinal) > marker);
        Assert.Contains("id=\"circuit-status\" data-interactive=\"false\"", html, StringComparison.Ordinal);
    }
}
