using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Components.Layout;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

public sealed class MyCaseMenuLinkTests : BunitContext
{
    private readonly BunitAuthorizationContext authorization;

    public MyCaseMenuLinkTests()
    {
        authorization = this.AddPortalTestServices();
        // The parent's unread count is an interactive island of its own (UnreadMessagesLinkTests).
        ComponentFactories.AddStub<Portal.App.Features.Cases.Shared.Messages.UnreadMessagesLink>();
    }

    [Fact]
    public void A_signed_in_parent_has_my_case_in_the_menu()
    {
        using var culture = CultureScope.English();
        authorization.SignIn("eloisa.demo", new Claim(PortalClaims.PersonId, "P1"));

        var menu = Render<NavMenu>();

        Assert.Equal("/dashboard", menu.FindAll("a").Single(a => a.TextContent.Contains("My case", StringComparison.Ordinal)).GetAttribute("href"));
    }

    [Fact]
    public void Visitors_and_staff_do_not()
    {
        using var culture = CultureScope.English();

        var menu = Render<NavMenu>();
        Assert.DoesNotContain("My case", menu.Markup, StringComparison.Ordinal);

        authorization.SignIn("caseworker", new Claim(ClaimTypes.Role, PortalRoles.Caseworker));

        menu.WaitForAssertion(() => Assert.Contains("Home", menu.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("My case", menu.Markup, StringComparison.Ordinal);
    }
}
