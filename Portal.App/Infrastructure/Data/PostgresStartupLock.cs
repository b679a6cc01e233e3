using Npgsql;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// <see cref="StartupLock"/> on PostgreSQL: a session advisory lock on the portal's database, held on a connection of
/// its own until disposed, so a second instance waits for the first one's migrations and seeding.
/// </summary>
public sealed class PostgresStartupLock : IDisposable
{
    // Any fixed number: advisory locks are per database, and nothing else in the portal takes this one.
    private const long Key = 0x506F_7274_616C_5355; // "PortalSU"

    private readonly NpgsqlConnection connection;

    private PostgresStartupLock(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<IDisposable> AcquireAsync(string connectionString, CancellationToken cancellationToken)
    {
        // Not pooled: a pooled connection would keep the session's lock after Dispose until its next use.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            command.CommandTimeout = 0; // the wait is as long as the other instance's start-up; cancellation ends it
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new PostgresStartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the session releases its lock.</summary>
    public void Dispose() => connection.Dispose();
}
