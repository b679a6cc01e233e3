using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Cases.Forms;

public static class FormsServiceCollectionExtensions
{
    /// <summary>
    /// E-forms: what parents and staff share (Cases/Shared/Forms: the signed form's store, summary, PDF copy, emails, live
    /// updates and the address change's follower), the parent's drafts and journey, and the "updates on my forms" topic.
    /// Relies on AddDocuments for the encrypted storage the PDF copies use.
    /// </summary>
    public static IServiceCollection AddForms(this IServiceCollection services)
    {
        services.AddOptions<FormsOptions>().BindConfiguration(FormsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FormProtector>();
        services.AddSingleton<FormSummary>();
        services.AddSingleton<FormPdfs>();
        services.AddSingleton<FormNotices>();
        services.AddSingleton<FormUpdates>();
        services.AddSingleton<SignedForms>();
        services.AddSingleton<ICaseSystemChangeListener, AddressFormFollower>();
        services.AddNotificationTopic(FormNotices.Topic);
        services.AddSingleton<FormDrafts>();
        services.AddHostedService<FormDraftPurgeService>();
        services.AddScoped<ParentForms>();
        return services;
    }
}
