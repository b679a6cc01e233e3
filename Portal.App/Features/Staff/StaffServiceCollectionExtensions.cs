using Portal.App.Features.Staff.Applications;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Forms;
using Portal.App.Features.Staff.Inbox;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>The caseworker workspace: case search, the staff case view, recording, caller support, the payment history download and print view, the case's documents, the audit log, the inbox of parents' messages, the queue of signed forms, and the queue of applications for services.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffAccess>();
        services.AddSingleton<StaffAuditLog>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<StaffCaseSearch>();
        services.AddSingleton<StaffCases>();
        services.AddSingleton<StaffCaseRecording>();
        services.AddSingleton<StaffAccountSupport>();
        services.AddSingleton<StaffContactChanges>();
        services.AddSingleton<StaffPaymentHistory>();
        services.AddSingleton<StaffInbox>();
        services.AddSingleton<StaffDocuments>();
        services.AddSingleton<StaffForms>();
        services.AddSingleton<StaffApplications>();
        return services;
    }
}
