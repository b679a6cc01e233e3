using Npgsql;

namespace Portal.Tests.Support;

/// <summary>
/// A throw-away database on the PostgreSQL server of ./test.sh's PostgreSQL leg, which names the server in
/// <see cref="ServerVariable"/> (a connection string with rights to create databases). Dropped on dispose.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string ServerVariable = "PORTAL_TEST_POSTGRES";

    private readonly string name = $"portal_test_{Guid.NewGuid():N}";

    private PostgresDatabase(string server)
    {
        Server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        Execute($"CREATE DATABASE \"{name}\"");
    }

    /// <summary>The server's connection string, or null outside the PostgreSQL leg.</summary>
    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public string Server { get; }

    public string ConnectionString { get; }

    /// <summary>A new, empty database; fails (never skips) when the leg set no server: only [PostgresFact] tests ask.</summary>
    public static PostgresDatabase Create() =>
        new(ServerConnectionString ?? throw new InvalidOperationException($"{ServerVariable} is not set: ./test.sh's PostgreSQL leg sets it."));

    /// <summary>Runs <paramref name="test"/> on the app started on a new database, then drops the database.</summary>
    public static Task WithPortalAsync(Func<PortalAppFactory, Task> test) => WithPortalAsync(database => new PortalAppFactory(postgres: database), test);

    public static async Task WithPortalAsync<TPortal>(Func<PostgresDatabase, TPortal> start, Func<TPortal, Task> test) where TPortal : IDisposable
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(test);
        using var database = Create();
        using var portal = start(database);
        await test(portal);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
