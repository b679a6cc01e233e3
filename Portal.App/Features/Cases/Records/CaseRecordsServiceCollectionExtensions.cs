using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.App.Features.Cases.Shared;

namespace Portal.App.Features.Cases.Records;

public static class CaseRecordsServiceCollectionExtensions
{
    /// <summary>How payments and case actions arrive: the writer, the watched import folder and the demo feed.</summary>
    public static IServiceCollection AddCaseRecords(this IServiceCollection services)
    {
        services.TryAddSingleton<ICaseUpdateNotifier, CaseUpdateNotifier>();
        services.AddSingleton<CaseRecordWriter>();

        services.AddOptions<CaseRecordsOptions>().BindConfiguration(CaseRecordsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CaseRecordImporter>();
        services.AddSingleton<CaseRecordImportFolder>();
        services.AddHostedService<CaseRecordImportService>();

        services.AddOptions<DemoFeedOptions>().BindConfiguration(DemoFeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DemoFeed>();
        services.AddHostedService<DemoFeedService>();
        return services;
    }
}
