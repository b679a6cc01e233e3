using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Storage;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Cases.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Documents sent to a case: the storage and scanner (Infrastructure/Storage), the upload and list service the
    /// parent's page and messages share (<see cref="CaseDocuments"/>), and the "document reviewed" email's topic.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDocumentStorage(configuration);
        services.AddSingleton<DocumentFiles>();
        services.AddSingleton<DocumentIntake>();
        services.AddSingleton<CaseDocuments>();
        services.AddSingleton<DocumentNotices>();
        services.AddNotificationTopic(DocumentNotices.Topic);
        return services;
    }
}
