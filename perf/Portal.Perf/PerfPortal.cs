using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Perf;

/// <summary>
/// The real app (its Program: configuration, DI, start-up migrations and seeding) in this process, on the given
/// database, without a socket. Development settings, as the perf server runs with.
/// </summary>
public sealed class PerfPortal(PerfDatabase database, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Portal", database.ConnectionString);
        // Nothing but the benchmark writes to the database: no invented demo records, no watched import folder of the checkout.
        builder.UseSetting("DemoFeed:Enabled", "false");
        builder.UseSetting("CaseRecords:ImportFolder", Path.Combine(Path.GetTempPath(), $"portal-perf-import-{Environment.ProcessId}"));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}

/// <summary>Where a command works: a SQLite file (--db FILE) or a PostgreSQL database (--postgres CONNECTION-STRING).</summary>
public sealed record PerfDatabase(string Provider, string ConnectionString, string Name, string? SqlitePath)
{
    public static PerfDatabase From(CommandLine args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Optional("postgres") is { } connection) return new("Postgres", connection, "PostgreSQL " + new Npgsql.NpgsqlConnectionStringBuilder(connection).Database, null);
        return Sqlite(Path.GetFullPath(args.Required("db")));
    }

    public static PerfDatabase Sqlite(string path) => new("Sqlite", $"Data Source={path}", path, path);
}
