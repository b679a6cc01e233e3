using System.Net;
using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Health;

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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(portal.DatabasePath, "this is not a database");

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => portal.Dispose();
}
