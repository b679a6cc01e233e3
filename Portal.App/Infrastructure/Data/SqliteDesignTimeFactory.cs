using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// <c>dotnet ef ... --context PortalDbContext</c>: the SQLite context, without starting the app. One factory per
/// provider, each naming its own context exactly: the interface is covariant, so a factory for the PostgreSQL context
/// would otherwise also pass for this one (scripts/add-migration.sh names both).
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(PortalDatabase.DefaultSqliteConnection)
            .UseApplicationServiceProvider(DesignTimeIdentityServices.Instance).Options);
}
