
namespace Portal.App.Infrastructure.CaseSystem.Changes;

public static class CaseSystemServiceCollectionExtensions
{
    /// <summary>The feed of contact-detail changes and applications to the case system, and its development stand-in when CaseSystem:StandIn:Enabled.</summary>
    public static IHostApplicationBuilder AddCaseSystemFeed(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CaseSystemOptions>().BindConfiguration(CaseSystemOptions.Section).ValidateDataAnnotations()
            .Validate<IHostEnvironment>((o, environment) => environment.IsDevelopment() || o.SealingPublicKey is { Length: > 0 }, CaseSystemOptions.SealingKeyRequired)
            .Validate(o => o.SealingPublicKey is not { Length: > 0 } pem || CaseSystemSealer.IsUsableKey(pem), CaseSystemOptions.SealingKeyUnusable)
            .ValidateOnStart();
        services.AddSingleton<CaseSystemExportSignal>();
        services.AddSingleton<CaseSystemChanges>();
        services.AddSingleton<CaseSystemSealer>();
        services.AddSingleton<CaseSystemExport>();
        services.AddHostedService<CaseSystemExportService>();
        services.AddHealthChecks().AddCheck<CaseSystemExportHealthCheck>("case-system-export");
        services.AddSingleton<CaseSystemStandIn>();
        if (builder.Configuration.GetValue<bool>($"{CaseSystemOptions.Section}:StandIn:Enabled")) services.AddHostedService<CaseSystemStandInService>();
        return builder;
    }
}
