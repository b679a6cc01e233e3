using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>The live case dashboard: its queries, the parent's case access, and the live-update notifier and feed.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton<ICaseUpdateNotifier, CaseUpdateNotifier>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<CaseDashboardFeed>();
        services.AddSingleton<ParentCaseAccess>();
        services.AddSingleton<DashboardPreferences>();
        services.AddCascadingAuthenticationState();
        // Until the sign-in feature defines it: a parent is a signed-in account with a person id.
        services.AddAuthorization();
        services.Configure<AuthorizationOptions>(options =>
        {
            if (options.GetPolicy(PortalPolicies.Parent) is null)
            {
                options.AddPolicy(PortalPolicies.Parent, policy => policy.RequireAuthenticatedUser().RequireClaim(PortalClaims.PersonId));
            }
        });
        return services;
    }
}
