using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Infrastructure.Data;

/// <summary>Brings the database up to date at start-up: migrations, the staff roles, and (when on) the demo data.</summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<PortalDbContext> dbFactory,
    RoleManager<IdentityRole> roles,
    IOptions<SeedOptions> seedOptions,
    SeedDataImporter importer,
    DemoAccountSeeder demoAccounts,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await db.Database.MigrateAsync(ct);
        }
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }

        if (!seedOptions.Value.Enabled) return;
        var files = new SeedFiles(Path.Combine(AppContext.BaseDirectory, seedOptions.Value.Path));
        if (!files.Exist)
        {
            LogSeedMissing(files.Folder);
            return;
        }
        await importer.ImportIfEmptyAsync(files, ct);
        if (await files.ReadDemoIdentitiesAsync(ct) is { } demo) await demoAccounts.EnsureAsync(demo);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding is on but no seed data was found in {Folder}")]
    private partial void LogSeedMissing(string folder);
}
