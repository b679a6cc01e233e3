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
    /// <summary>EF Core on SQLite, Identity's stores, SSN fingerprints and the demo-data seeding.</summary>
    public static IHostApplicationBuilder AddPortalData(this IHostApplicationBuilder builder)
    {
        var connectionString = SqliteConnectionStrings.UnderContentRoot(
            builder.Configuration.GetConnectionString("Portal") ?? "Data Source=App_Data/portal.db",
            builder.Environment.ContentRootPath);

        // A factory, not a scoped context: a Blazor circuit outlives any one operation (see DESIGN.md).
        builder.Services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(connectionString));

        // Sign-in accepts a user name or an email, so both must be unique.
        builder.Services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = true; // see ActivatedAccountConfirmation
                // The rules are PasswordPolicy's alone (PolicyPasswordValidator): Identity adds none of its own.
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddPasswordValidator<PolicyPasswordValidator>();
        builder.Services.AddScoped<IUserConfirmation<PortalUser>, ActivatedAccountConfirmation>();
        // PBKDF2 with HMAC-SHA512: at least 210,000 iterations (OWASP); also hashes security answers and phone PINs.
        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        builder.Services.AddOptions<PasswordPolicyOptions>().BindConfiguration(PasswordPolicyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PasswordPolicyOptions>, PasswordPolicyOptionsValidator>();
        builder.Services.AddSingleton(sp => new PasswordPolicy(sp.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value.ToRules(), CommonPasswords.Bundled));

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
