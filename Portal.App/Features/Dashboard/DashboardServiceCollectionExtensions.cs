using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.App.Features.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// The live case dashboard: its queries, the parent's case access, and the live-update notifier and feed.
    /// Relies on AddPortalIdentity for the Parent policy and the cascading authentication state.
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton<ICaseUpdateNotifier, CaseUpdateNotifier>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<CaseDashboardFeed>();
        services.AddSingleton<ParentCaseAccess>();
        services.AddSingleton<DashboardPreferences>();
        services.AddScoped<DashboardCircuitConnection>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<DashboardCircuitConnection>());
        return services;
    }
}
