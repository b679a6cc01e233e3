using Microsoft.EntityFrameworkCore;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// The portal's model on PostgreSQL (<c>Database:Provider = Postgres</c>): the same entities and configurations as
/// <see cref="PortalDbContext"/>, its own migrations (Migrations/Postgres), and what differs by provider here.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL folds unquoted names to lower case: the filter names its column quoted.
        builder.Entity<CaseAction>().HasIndex(a => a.ExternalId).HasFilter("\"ExternalId\" IS NOT NULL");
        // The instances' live-update log (PostgresLiveUpdateBus); one SQLite instance has nobody to tell.
        builder.Entity<LiveUpdateRecord>(update =>
        {
            update.ToTable("LiveUpdates");
            update.Property(u => u.Instance).HasMaxLength(32);
            update.Property(u => u.Topic).HasMaxLength(60);
            update.Property(u => u.Message).HasMaxLength(Platform.Live.ILiveUpdateBus.MaxMessageLength);
            update.Property(u => u.PublishedAt).HasDefaultValueSql("now()");
            update.HasIndex(u => u.PublishedAt);
        });
    }

    /// <summary>PostgreSQL orders and compares <c>timestamptz</c> itself; Npgsql writes only UTC instants into it.</summary>
    protected override void ConfigureInstants(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcInstantConverter>();
    }
}
