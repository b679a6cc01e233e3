using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Portal.Tests.Support;

/// <summary>
/// A SQLite database seeded once per test run (per environment), copied with SQLite's backup API into a new app's
/// file before it starts: loading the demo data costs each app seconds of CPU (20,000 payments, the demo accounts'
/// password hashes), and the copy is the same data. The app then finds its database seeded and leaves it as it is.
/// </summary>
internal static class SeededTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Templates = new();
    private static readonly Lock Copying = new();

    static SeededTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        SqliteConnection.ClearAllPools();
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated))
        {
            foreach (var file in new[] { template.Value, template.Value + "-wal", template.Value + "-shm" }) File.Delete(file);
        }
    };

    public static void CopyTo(string databasePath, string environment)
    {
        var template = Templates.GetOrAdd(environment, e => new Lazy<string>(() => Create(e))).Value;
        // One copy at a time: two apps starting together (the end-to-end lanes) would otherwise meet on the template.
        lock (Copying)
        {
            using var source = new SqliteConnection($"Data Source={template};Mode=ReadOnly;Pooling=False");
            using var target = new SqliteConnection($"Data Source={databasePath};Pooling=False");
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            // In WAL mode, as EF Core makes a new database and the app's always is.
            using var wal = target.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL";
            wal.ExecuteNonQuery();
        }
    }

    private static string Create(string environment)
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-test-seeded-{Guid.NewGuid():N}.db");
        using (var factory = new PortalAppFactory(seed: true, databasePath: path, environment: environment))
        {
            _ = factory.Services;
        }
        SqliteConnection.ClearAllPools();
        // Out of WAL mode, so a copy reads one plain file with no recovery to race (each copy goes back to WAL).
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=DELETE";
        command.ExecuteNonQuery();
        return path;
    }
}
