using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.App.Features.Cases.Dashboard;
using Portal.App.Features.Cases.Messages;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Cases;

public static class CasesServiceCollectionExtensions
{
    /// <summary>
    /// The case view every role uses (Cases/Shared): its queries, the parent's case access and chosen case, and the
    /// live-update notifier and feed. The parent's dashboard pages add the payment tracker and the statement; messages add their
    /// shared thread store (used by the staff inbox too) and the parent's side.
    /// Relies on AddPortalIdentity for the Parent policy and the cascading authentication state.
    /// </summary>
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.TryAddSingleton<ICaseUpdateNotifier, CaseUpdateNotifier>();
        services.AddSingleton<CaseDashboards>();
        services.AddSingleton<CaseDashboardFeed>();
        services.AddSingleton<ParentCaseAccess>();
        services.AddSingleton<DashboardPreferences>();
        services.AddSingleton<PaymentTracking>();
        services.AddSingleton<CaseStatements>();
        services.AddScoped<StatementWords>();
        services.AddScoped<StatementFiles>();
        services.AddSingleton<PaymentNotices>();
        services.AddNotificationTopic(PaymentNotices.Topic);
        services.AddOptions<MessagesOptions>().BindConfiguration(MessagesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MessageProtector>();
        services.AddSingleton<MessageThreads>();
        services.AddSingleton<MessageUpdates>();
        services.AddSingleton<MessageNotices>();
        services.AddSingleton<UnreadMessages>();
        services.AddNotificationTopic(MessageNotices.Topic);
        services.AddSingleton<ParentMessages>();
        services.AddScoped<DashboardCircuitConnection>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<DashboardCircuitConnection>());
        services.AddScoped<CircuitHandler, UnreadCountRelay>();
        return services;
    }
}
