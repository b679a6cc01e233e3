using Microsoft.AspNetCore.Components;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

public static class DashboardComponentServices
{
    /// <summary>The dashboard's real services (on the test portal's database), for bUnit tests of the page and the live dashboard.</summary>
    public static void AddDashboardServicesOf(this BunitContext context, DashboardTestPortal portal)
    {
        context.AddPortalTestServices();
        context.Services.AddSingleton(portal.Dashboards);
        context.Services.AddSingleton(portal.Get<CaseDashboardFeed>());
        context.Services.AddSingleton(portal.Get<ParentCaseAccess>());
        context.Services.AddSingleton(portal.Get<DashboardPreferences>());
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        // The circuit's connection state, connected until a test says otherwise.
        context.Services.AddSingleton<DashboardCircuitConnection>();
        // As in a live circuit: a dashboard follows its case's updates only when interactive (not while prerendering).
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Renders a case's dashboard for a parent (or a caseworker) and waits until it follows the case live.</summary>
    public static IRenderedComponent<CaseDashboard> OpenLiveDashboard(this BunitContext context, Portal.Domain.Cases.CaseNumber caseNumber, string? viewerPersonId, bool viewerIsStaff = false)
    {
        var dashboard = context.Render<CaseDashboard>(p => p.Add(c => c.CaseNumber, caseNumber).Add(c => c.ViewerPersonId, viewerPersonId).Add(c => c.ViewerIsStaff, viewerIsStaff));
        dashboard.WaitForAssertion(() => Assert.Equal("true", dashboard.Find(".case-dashboard").GetAttribute("data-live")));
        return dashboard;
    }

    /// <summary>Signs a parent in through bUnit's authorization (see <see cref="PortalTestServiceCollectionExtensions"/>).</summary>
    public static void SignInAsParent(this BunitContext context, string personId) =>
        context.Services.GetRequiredService<Bunit.TestDoubles.BunitAuthorizationContext>().SignIn("test.parent", new Claim(PortalClaims.PersonId, personId));
}
