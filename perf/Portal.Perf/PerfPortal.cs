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
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
