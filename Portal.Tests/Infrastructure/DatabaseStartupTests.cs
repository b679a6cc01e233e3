using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task Start_up_applies_every_migration_and_leaves_SQLite_in_WAL_mode()
    {
        using var portal = new PortalAppFactory();
        _ = portal.Server;

        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await pragma.ExecuteScalarAsync());
    }

    [Fact]
    public void Production_refuses_to_start_without_an_ssn_fingerprint_key()
    {
        var error = StartupValidation.Check(builder => builder.AddPortalData(), new Dictionary<string, string?> { ["SsnFingerprint:Key"] = "" });

        Assert.NotNull(error);
        Assert.Contains("SsnFingerprint:Key", error.Message);
    }

    [Fact]
    public void A_fingerprint_key_shorter_than_32_bytes_is_refused()
    {
        var error = StartupValidation.Check(builder => builder.AddPortalData(), new Dictionary<string, string?> { ["SsnFingerprint:Key"] = Convert.ToBase64String(new byte[16]) });

        Assert.NotNull(error);
        Assert.Contains("at least 32 bytes", error.Message);
    }

    [Fact]
    public void A_32_byte_key_starts()
    {
        Assert.Null(StartupValidation.Check(builder => builder.AddPortalData(), new Dictionary<string, string?> { ["SsnFingerprint:Key"] = PortalAppFactory.SsnFingerprintKey }));
    }
}
