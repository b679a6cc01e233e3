using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Perf;

/// <summary>
/// The real app (its Program: configuration, DI, start-up migrations and seeding) in this process, on the given
/// SQLite file, without a socket. Development settings, as the perf server runs with.
/// </summary>
public sealed class PerfPortal(string databasePath, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={databasePath}");
        // Nothing but the benchmark writes to the database: no invented demo records, no watched import folder of the checkout.
        builder.UseSetting("DemoFeed:Enabled", "false");
        builder.UseSetting("CaseRecords:ImportFolder", Path.Combine(Path.GetTempPath(), $"portal-perf-import-{Environment.ProcessId}"));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
