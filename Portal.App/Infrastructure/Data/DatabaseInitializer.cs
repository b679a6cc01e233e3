using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data.Seeding;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Brings the database up to date at start-up: migrations (which also create the staff roles), then, when
/// seeding is on and the database is empty, the demo data and its accounts. Two instances starting at once on one
/// database take turns (<see cref="StartupLock"/>): the second finds the work done.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<SeedOptions> seedOptions,
    SeedDataImporter importer,
    DemoAccountSeeder demoAccounts,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        using var exclusive = await StartupLock.AcquireAsync(db.Database, ct);
        await db.Database.MigrateAsync(ct);

        if (!seedOptions.Value.Enabled) return;
        var files = new SeedFiles(Path.Combine(AppContext.BaseDirectory, seedOptions.Value.Path));
        if (!files.Exist)
        {
            LogSeedMissing(files.Folder);
            return;
        }
        if (await importer.ImportIfEmptyAsync(files, ct) && await files.ReadDemoIdentitiesAsync(ct) is { } demo)
        {
            await demoAccounts.CreateAsync(demo);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seeding is on but no seed data was found in {Folder}")]
    private partial void LogSeedMissing(string folder);
}
