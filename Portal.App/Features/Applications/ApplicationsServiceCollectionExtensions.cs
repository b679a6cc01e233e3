using Portal.App.Features.Cases.Shared.Applications;

namespace Portal.App.Features.Applications;

public static class ApplicationsServiceCollectionExtensions
{
    /// <summary>
    /// Applications for services: what applicants, registration and staff share (Cases/Shared/Applications: the store,
    /// the answers' protector, rows, PDF copy and emails), the applicant's journey and the reminders. Relies on
    /// AddDocuments for the encrypted storage the PDF copies use, and on AddCaseSystemFeed for the outbound change, and on AddRegistration for the case match an applicant links their case with.
    /// </summary>
    public static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.AddOptions<ApplicationsOptions>().BindConfiguration(ApplicationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApplicationProtector>();
        services.AddSingleton<SupportApplications>();
        services.AddSingleton<ApplicationRows>();
        services.AddSingleton<ApplicationPdfs>();
        services.AddSingleton<ApplicationDocuments>();
        services.AddSingleton<ApplicationNotices>();
        services.AddSingleton<ApplicationUpdates>();
        services.AddSingleton<ApplicationReminders>();
        services.AddHostedService<ApplicationReminderService>();
        services.AddScoped<ApplicantApplications>();
        services.AddScoped<ApplicantCaseLink>();
        return services;
    }
}
