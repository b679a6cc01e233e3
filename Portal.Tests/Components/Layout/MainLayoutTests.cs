using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Components.Layout;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Layout;

public sealed class MainLayoutTests : BunitContext
{
    private readonly BunitAuthorizationContext authorization;

    public MainLayoutTests() => authorization = this.AddPortalTestServices();

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(parameters => parameters.Add(layout => layout.Body, "<h1>Page</h1>"));

    [Fact]
    public void Has_the_landmarks_a_screen_reader_user_jumps_between()
    {
        using var culture = CultureScope.English();

        var layout = RenderLayout();

        Assert.Single(layout.FindAll("header"));
        Assert.Equal("Main", layout.Find("nav").GetAttribute("aria-label"));
        var main = layout.Find("main");
        Assert.Equal("main", main.Id);
        Assert.Equal("-1", main.GetAttribute("tabindex"));
        Assert.Contains("Page", main.TextContent, StringComparison.Ordinal);
        Assert.Single(layout.FindAll("footer"));
    }

    [Fact]
    public void The_phone_menu_button_is_named_and_says_whether_the_menu_is_open()
    {
        using var culture = CultureScope.English();

        var toggle = RenderLayout().Find("button[data-nav-toggle]");

        Assert.Equal("Menu", toggle.AccessibleText());
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Equal("site-nav", toggle.GetAttribute("aria-controls"));
    }

    [Fact]
    public void The_header_offers_sign_in_create_account_and_Spanish()
    {
        using var culture = CultureScope.English();

        var header = RenderLayout().Find("header");

        Assert.NotNull(header.QuerySelector("a[href='/signin']"));
        Assert.NotNull(header.QuerySelector("a[href='/register']"));
        Assert.Equal("Español", header.QuerySelector("a[hreflang='es']")?.AccessibleText());
    }

    [Fact]
    public void A_signed_in_person_sees_who_is_signed_in_and_a_sign_out_button_that_posts_with_antiforgery()
    {
        using var culture = CultureScope.English();
        authorization.SignIn("maria.parent", new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.GivenName, "Maria"));

        var header = RenderLayout().Find("header");

        Assert.Contains("Signed in as Maria", header.TextContent);
        Assert.Null(header.QuerySelector("a[href='/signin']"));
        var form = header.QuerySelector("form[action='/signout'][method='post']");
        Assert.NotNull(form);
        Assert.Equal("Sign out", form!.QuerySelector("button[type='submit']")?.TextContent);
        Assert.NotNull(form.QuerySelector("input[name='_handler'][value='signout']"));
    }

    [Fact]
    public void The_footer_gives_customer_service_numbers_and_the_equal_opportunity_line()
    {
        using var culture = CultureScope.English();

        var footer = RenderLayout().Find("footer");

        Assert.NotNull(footer.QuerySelector("a[href='tel:+16022524045']"));
        Assert.NotNull(footer.QuerySelector("a[href='tel:+18008824151']"));
        Assert.NotNull(footer.QuerySelector("a[href='tel:711']"));
        Assert.Contains("Equal Opportunity Employer/Program", footer.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_page_is_marked_in_the_menu()
    {
        using var culture = CultureScope.English();

        var current = RenderLayout().Find("nav a[aria-current='page']");

        Assert.Equal("/", current.GetAttribute("href"));
    }

    [Fact]
    public void The_shell_has_no_circuit_marker_of_its_own()
    {
        // The layout is rendered statically on every request; only an interactive page brings LiveCircuit.
        Assert.Empty(RenderLayout().FindAll("#circuit-status"));
    }
}
