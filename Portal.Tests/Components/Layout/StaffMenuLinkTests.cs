using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Components.Layout;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Layout;

/// <summary>Staff reach their workspace from the main menu; parents and visitors are not shown it.</summary>
public sealed class StaffMenuLinkTests : BunitContext
{
    private readonly BunitAuthorizationContext authorization;

    public StaffMenuLinkTests()
    {
        authorization = this.AddPortalTestServices();
        // The parent's unread count is an interactive island of its own (UnreadMessagesLinkTests).
        ComponentFactories.AddStub<Portal.App.Features.Cases.Shared.Messages.UnreadMessagesLink>();
    }

    [Theory]
    [InlineData(PortalRoles.Caseworker)]
    [InlineData(PortalRoles.Supervisor)]
    public void Staff_have_their_workspace_in_the_menu(string role)
    {
        using var culture = CultureScope.English();
        authorization.SignIn("staff.member", new Claim(ClaimTypes.Role, role));

        var menu = Render<NavMenu>();

        Assert.Equal("/staff", menu.FindAll("a").Single(a => a.TextContent.Contains("Staff workspace", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.DoesNotContain("My case", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workspace_link_is_in_spanish_for_a_spanish_speaking_caseworker()
    {
        using var culture = CultureScope.Spanish();
        authorization.SignIn("caseworker", new Claim(ClaimTypes.Role, PortalRoles.Caseworker));

        var menu = Render<NavMenu>();

        Assert.Equal("/staff", menu.FindAll("a").Single(a => a.TextContent.Contains("Área de trabajo del personal", StringComparison.Ordinal)).GetAttribute("href"));
    }

    [Fact]
    public void Parents_and_visitors_do_not_see_it()
    {
        using var culture = CultureScope.English();

        var menu = Render<NavMenu>();
        Assert.DoesNotContain("Staff workspace", menu.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("/staff", menu.Markup, StringComparison.Ordinal);

        authorization.SignIn("eloisa.demo", new Claim(PortalClaims.PersonId, "P1"));

        menu.WaitForAssertion(() => Assert.Contains("My case", menu.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Staff workspace", menu.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("/staff", menu.Markup, StringComparison.Ordinal);
    }
}
