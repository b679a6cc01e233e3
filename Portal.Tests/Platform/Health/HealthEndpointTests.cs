using System.Net;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Health;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly PortalAppFactory portal = new();

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        var response = await portal.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_database_cannot_be_opened()
    {
        using var client = portal.CreateClient();
        File.Delete(portal.DatabasePath + "-wal");
        File.Delete(portal.DatabasePath + "-shm");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(portal.DatabasePath, "this is not a database");

        // A background service's connection that was open as the file was overwritten may answer one more time from
        // what it had read; the next check opens the file as it now is.
        var response = await client.GetAsync("/health");
        for (var attempt = 0; attempt < 10 && response.StatusCode == HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(200);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            response = await client.GetAsync("/health");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_names_the_NET_10_runtime_the_portal_runs_on()
    {
        using var body = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/health"));

        Assert.StartsWith(".NET 10.0.", body.RootElement.GetProperty("runtime").GetString());
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_database_can_be_read_but_not_written()
    {
        // Another connection keeps the write lock; the portal waits one second for it (Default Timeout), then gives up.
        using var locked = new PortalAppFactory();
        locked.Settings["ConnectionStrings:Portal"] = $"Data Source={locked.DatabasePath};Default Timeout=1";
        using var client = locked.CreateClient();
        await using var writeLock = await DatabaseWriteLock.TakeAsync(locked.DatabasePath);

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    public void Dispose() => portal.Dispose();
}
