using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// <c>dotnet ef ... --context PostgresPortalDbContext</c>: the PostgreSQL context, without starting the app or a server
/// (adding a migration never connects). See <see cref="SqliteDesignTimeFactory"/> for why there is one per provider.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=localhost;Database=portal")
            .UseApplicationServiceProvider(DesignTimeIdentityServices.Instance).Options);
}
