using Microsoft.Data.Sqlite;

namespace Portal.Tests.Support;

/// <summary>
/// A throw-away SQLite file for a component test's save: <see cref="WriteAsync"/> is a real write, refused (after a
/// second) while <see cref="LockAsync"/>'s lock is held, as the portal's are in an outage.
/// </summary>
public sealed class ScratchDatabase : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"portal-scratch-{Guid.NewGuid():N}.db");

    public Task<DatabaseWriteLock> LockAsync() => DatabaseWriteLock.TakeAsync(path);

    public async Task WriteAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS Saves (At TEXT); INSERT INTO Saves VALUES (datetime())";
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" }) File.Delete(file);
    }
}
