using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Identity;
using Portal.App.Infrastructure.Security;
using Portal.Domain.Accounts;

namespace Portal.App.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>EF Core on SQLite or PostgreSQL (<see cref="PortalDatabase"/>), SSN fingerprints, the demo-data seeding and the instances' live-update bus.</summary>
    public static IHostApplicationBuilder AddPortalData(this IHostApplicationBuilder builder)
    {
        builder.AddPortalDbContext();

        if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration[$"{SsnFingerprintOptions.Section}:Key"]))
        {
            builder.Configuration[$"{SsnFingerprintOptions.Section}:Key"] = DevelopmentSsnKeyStore.LoadOrCreate();
        }
        builder.Services.AddOptions<SsnFingerprintOptions>().BindConfiguration(SsnFingerprintOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SsnFingerprintOptions>, SsnFingerprintOptionsValidator>();
        builder.Services.AddSingleton<ISsnFingerprinter, HmacSsnFingerprinter>();

        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        builder.Services.AddTransient<SeedDataImporter>();
        builder.Services.AddTransient<DemoAccountSeeder>();
        builder.Services.AddTransient<DatabaseInitializer>();
        // The first hosted service to start: Data Protection's own reads the key ring (from the database on PostgreSQL)
        // as it starts, and every later one may use the database, so the migrations come before them all.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseInitializationService>());
        builder.AddLiveUpdateBus();
        builder.Services.AddSingleton<Background.JobLeases>();
        return builder;
    }
}
