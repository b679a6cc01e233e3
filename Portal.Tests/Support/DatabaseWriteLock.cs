using Microsoft.Data.Sqlite;

namespace Portal.Tests.Support;

/// <summary>
/// A database that can be read but not written, as in an outage: another connection holds SQLite's write lock
/// (BEGIN EXCLUSIVE; in WAL mode readers go on) until released, so the portal's writes fail after its busy timeout
/// (the connection string's Default Timeout: set it short, or every refused write waits 30 seconds).
/// </summary>
public sealed class DatabaseWriteLock : IAsyncDisposable
{
    private readonly SqliteConnection connection;
    private bool held;

    private DatabaseWriteLock(SqliteConnection connection) => this.connection = connection;

    public static async Task<DatabaseWriteLock> TakeAsync(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        var writeLock = new DatabaseWriteLock(connection);
        await writeLock.ExecuteAsync("BEGIN EXCLUSIVE");
        writeLock.held = true;
        return writeLock;
    }

    /// <summary>The outage ends: the next write goes through.</summary>
    public async Task ReleaseAsync()
    {
        if (!held) return;
        held = false;
        await ExecuteAsync("ROLLBACK");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await connection.DisposeAsync();
    }
}
