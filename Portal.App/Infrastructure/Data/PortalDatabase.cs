using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Portal.App.Platform.Live;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Registers the portal's context on the configured provider. Every caller asks for <see cref="PortalDbContext"/>
/// (a factory, or a scoped context for Identity and the health check); on PostgreSQL the instance is a
/// <see cref="PostgresPortalDbContext"/>, so migrations and provider differences follow the provider.
/// </summary>
public static class PortalDatabase
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionName = "Portal";
    public const string DefaultSqliteConnection = "Data Source=App_Data/portal.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        // Names only (Enum.TryParse would take "1"), and a typo stops the start rather than fall back to SQLite.
        var name = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<DatabaseProvider>(name)
            : throw new InvalidOperationException($"{ProviderKey} is '{value}': use {DatabaseProvider.Sqlite} or {DatabaseProvider.Postgres}.");
    }

    public static void AddPortalDbContext(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = builder.Configuration.GetConnectionString(ConnectionName);
        switch (ProviderFrom(builder.Configuration))
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(configured) || configured == DefaultSqliteConnection)
                {
                    throw new InvalidOperationException($"{ProviderKey} is {DatabaseProvider.Postgres}: set ConnectionStrings:{ConnectionName} to the PostgreSQL database (Host=...;Database=...;Username=...).");
                }
                // Features add to PortalDbContext's options (ConfigureDbContext<PortalDbContext>: the outbox's wake-up
                // interceptor); EF applies those to that exact type only, so the provider's context takes them over.
                builder.Services.AddDbContextFactory<PostgresPortalDbContext>((services, options) =>
                {
                    options.UseNpgsql(WithPreparedStatements(configured));
                    foreach (var configuration in services.GetServices<IDbContextOptionsConfiguration<PortalDbContext>>()) configuration.Configure(services, options);
                });
                builder.Services.AddSingleton<IDbContextFactory<PortalDbContext>, ProviderDbContextFactory<PostgresPortalDbContext>>();
                builder.Services.AddScoped<PortalDbContext>(services => services.GetRequiredService<PostgresPortalDbContext>());
                break;
            default:
                var connectionString = SqliteConnectionStrings.UnderContentRoot(configured ?? DefaultSqliteConnection, builder.Environment.ContentRootPath);
                // A factory, not a scoped context: a Blazor circuit outlives any one operation (see DESIGN.md).
                builder.Services.AddDbContextFactory<PortalDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(SqliteSecureDelete.Instance));
                break;
        }
    }

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on (100 statements per connection) unless it sets
    /// Max Auto Prepare itself: the portal sends the same few dozen queries over and over (a dashboard is six), and a
    /// prepared one skips PostgreSQL's parse and plan, most of a small query's time.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = 100;
        return settings.ConnectionString;
    }

    /// <summary>
    /// How live updates reach the other instances: on PostgreSQL its LISTEN/NOTIFY (<see cref="PostgresLiveUpdateBus"/>,
    /// whose listener starts after the database initializer, so its log table exists); one SQLite instance has nobody to tell.
    /// </summary>
    public static void AddLiveUpdateBus(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (ProviderFrom(builder.Configuration) != DatabaseProvider.Postgres)
        {
            builder.Services.AddSingleton<ILiveUpdateBus, SingleInstanceLiveUpdateBus>();
            return;
        }
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)!;
        builder.Services.AddOptions<LiveUpdatesOptions>().BindConfiguration(LiveUpdatesOptions.Section);
        builder.Services.AddSingleton(services => new PostgresLiveUpdateBus(connectionString,
            services.GetRequiredService<IOptions<LiveUpdatesOptions>>(), services.GetRequiredService<ILogger<PostgresLiveUpdateBus>>()));
        builder.Services.AddSingleton<ILiveUpdateBus>(services => services.GetRequiredService<PostgresLiveUpdateBus>());
        builder.Services.AddHostedService(services => services.GetRequiredService<PostgresLiveUpdateBus>());
        builder.Services.AddHealthChecks().AddCheck<LiveUpdatesHealthCheck>("live-updates");
    }
}
