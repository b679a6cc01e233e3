using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Cases;

namespace Portal.Perf;

/// <summary>
/// Seeds an empty database from a seed folder through the app's own start-up (migrations, then the seed import
/// and the demo accounts), timing it, then adds a second parent account on another case for the harness.
/// </summary>
public static class PrepareCommand
{
    public static async Task<int> RunAsync(CommandLine args)
    {
        var seedFolder = Path.GetFullPath(args.Required("seed"));
        var database = PerfDatabase.From(args);
        var databasePath = database.SqlitePath;
        if (File.Exists(databasePath)) throw new ArgumentException($"{databasePath} exists: prepare makes a new database.");
        var mail = Directory.CreateTempSubdirectory("portal-perf-mail-");
        if (args.Optional("from") is { } from && databasePath is not null)
        {
            // A database seeded earlier (by an older build): the start-up below applies the newer migrations to it.
            File.Copy(Path.GetFullPath(from), databasePath);
            Console.WriteLine($"Starting from a copy of {from}");
        }

        var started = Stopwatch.GetTimestamp();
        await using (var portal = new PerfPortal(database, new Dictionary<string, string?>
        {
            ["Seed:Enabled"] = "true",
            ["Seed:Path"] = seedFolder,
            ["Email:Pickup:Folder"] = mail.FullName,
        }))
        {
            _ = portal.Services; // starting the host migrates and seeds, before it would take any request
            var seeded = Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"Started (migrations, then the seed import if the database was empty, from {seedFolder}) in {seeded.TotalSeconds:F1} s");

            var other = await CreatePerfParentAsync(portal.Services);
            var accounts = new PerfAccounts(other);
            var accountsFile = args.Optional("accounts") ?? (databasePath is null ? null : PerfAccounts.PathFor(databasePath));
            if (accountsFile is not null) await File.WriteAllTextAsync(accountsFile, JsonSerializer.Serialize(accounts, JsonSerializerOptions.Web));
            Console.WriteLine($"Perf parent {other.UserName} on case {other.CaseNumber}");
        }
        mail.Delete(recursive: true);
        if (databasePath is null)
        {
            Console.WriteLine($"Database ready: {database.Name} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
            return 0;
        }
        await CheckpointAsync(databasePath);
        Console.WriteLine($"Database ready: {databasePath} ({new FileInfo(databasePath).Length / 1024.0 / 1024.0:F0} MB) in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }

    /// <summary>
    /// A parent account (activated, as registration leaves it) for the custodial parent of an open IV-D case in the
    /// middle of the set: the harness's "other case", beside the demo parent's.
    /// </summary>
    private static async Task<PerfAccount> CreatePerfParentAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var openCases = db.Cases.Where(c => c.Program == CaseProgram.IvD && c.Status == CaseStatus.Open);
        var chosen = await openCases.OrderBy(c => c.Id).Skip(await openCases.CountAsync() / 2).Select(c => new { c.Id, c.Number }).FirstAsync();
        var parent = await db.Participants.Where(p => p.CaseId == chosen.Id && p.Role == ParticipantRole.CustodialParent).FirstAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var account = new PerfAccount(PerfAccount.OtherParentUserName, PerfAccount.OtherParentPassword, chosen.Number.Digits);
        // A database copied from an older build (--from) has it already, for the same case: the choice is deterministic.
        if (await users.FindByNameAsync(PerfAccount.OtherParentUserName) is not null) return account;

        var now = DateTimeOffset.UtcNow;
        var result = await users.CreateAsync(new PortalUser
        {
            UserName = PerfAccount.OtherParentUserName,
            Email = parent.Email ?? $"{PerfAccount.OtherParentUserName}@example.net",
            PersonId = parent.PersonId,
            DisplayName = parent.FullName,
            EmailConfirmed = true,
            CreatedAt = now,
            ActivatedAt = now,
        }, PerfAccount.OtherParentPassword);
        if (!result.Succeeded) throw new InvalidOperationException("Could not create the perf parent: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        return account;
    }

    /// <summary>Folds the write-ahead log into the database file, so the file alone can be copied for each run.</summary>
    private static async Task CheckpointAsync(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await command.ExecuteNonQueryAsync();
    }
}
