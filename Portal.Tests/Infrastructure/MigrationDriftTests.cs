using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.App.Infrastructure.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Each provider's migration set matches the one model (a change to the model without a migration for both fails
/// here; scripts/add-migration.sh adds both), and each design-time factory builds its own provider's context with
/// its own migrations. No server needed: the comparison is with each set's model snapshot.
/// </summary>
public sealed class MigrationDriftTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.True(db.Database.IsSqlite());
        Assert.False(db.Database.HasPendingModelChanges(), "Model changed without a SQLite migration: run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.True(db.Database.IsNpgsql());
        Assert.False(db.Database.HasPendingModelChanges(), "Model changed without a PostgreSQL migration: run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public void Each_provider_applies_only_its_own_migrations_and_every_later_PostgreSQL_migration_has_its_SQLite_twin()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);
        var sqliteIds = sqlite.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        var postgresIds = postgres.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();

        Assert.Contains("20261122120756_InitialSchema", sqliteIds);
        Assert.Empty(sqliteIds.Intersect(postgresIds));
        // PostgreSQL starts from the whole schema at once; each migration added since is one change made for both, but
        // for what only several instances need (the live-update log of PostgresLiveUpdateBus).
        var sqliteNames = sqliteIds.Select(Name).ToHashSet();
        Assert.All(postgresIds.Order(StringComparer.Ordinal).Skip(1).Where(id => !PostgresOnly.Contains(Name(id))), id => Assert.Contains(Name(id), sqliteNames));
        Assert.All(PostgresOnly, name => Assert.DoesNotContain(name, sqliteNames));
    }

    private static readonly string[] PostgresOnly = ["LiveUpdates"];

    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
