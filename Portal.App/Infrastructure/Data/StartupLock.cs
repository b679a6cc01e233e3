using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Serialises start-up work (migrations, seeding) between app instances that share one SQLite file. SQLite's own
/// busy handling cannot: two migrators that have both read the schema deadlock on their upgrade to a write lock and
/// one gets "database is locked" at once. An exclusive lock on a file beside the database makes the second wait.
/// </summary>
public static class StartupLock
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Holds the lock for <paramref name="database"/>, on either provider, until disposed.</summary>
    public static Task<IDisposable> AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var connectionString = database.GetConnectionString()!;
        return database.IsNpgsql() ? PostgresStartupLock.AcquireAsync(connectionString, cancellationToken) : AcquireAsync(connectionString, cancellationToken);
    }

    /// <summary>Holds the lock for the SQLite database of <paramref name="connectionString"/> until disposed; nothing to hold for an in-memory database.</summary>
    public static async Task<IDisposable> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal)) return new Nothing();

        // The file stays: deleting it on release would let a waiter lock the old file while a newcomer locks a new one.
        var path = Path.GetFullPath(source) + ".startup-lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance holds it (FileShare.None is an exclusive flock on Linux, a share lock on Windows).
                await Task.Delay(RetryInterval, cancellationToken);
            }
        }
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose() { }
    }
}
