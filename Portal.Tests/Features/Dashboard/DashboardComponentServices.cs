using Microsoft.AspNetCore.Components.Authorization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Dashboard;

public static class DashboardComponentServices
{
    /// <summary>The dashboard's real services (on the test portal's database), for bUnit tests of the page and the live dashboard.</summary>
    public static void AddDashboardServicesOf(this BunitContext context, DashboardTestPortal portal)
    {
        context.Services.AddPortalTestServices();
        context.Services.AddSingleton(portal.Dashboards);
        context.Services.AddSingleton(portal.Get<CaseDashboardFeed>());
        context.Services.AddSingleton(portal.Get<ParentCaseAccess>());
        context.Services.AddSingleton(portal.Get<DashboardPreferences>());
        context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>
    /// Cascades a signed-in parent's authentication state, as the app's CascadingAuthenticationState does (bUnit's
    /// AddAuthorization needs the WebAssembly authentication assembly, which does not restore here).
    /// </summary>
    public static void SignInAsParent(this BunitContext context, string personId)
    {
        var state = Task.FromResult(new AuthenticationState(TestParentAuthenticationHandler.Parent(personId)));
        context.Services.AddCascadingValue(_ => state);
    }
}
