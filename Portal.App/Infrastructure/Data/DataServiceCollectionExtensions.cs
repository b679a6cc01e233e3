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
    /// <summary>EF Core on SQLite, SSN fingerprints and the demo-data seeding.</summary>
    public static IHostApplicationBuilder AddPortalData(this IHostApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionStrings.UnderContentRoot(
            builder.Configuration.GetConnectionString("Portal") ?? "Data Source=App_Data/portal.db",
            builder.Environment.ContentRootPath);

        // A factory, not a scoped context: a Blazor circuit outlives any one operation (see DESIGN.md).
        builder.Services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(SqliteSecureDelete.Instance));

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
        builder.Services.AddHostedService<DatabaseInitializationService>();
        return builder;
    }
}
