using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Support;

/// <summary>
/// The real app on a throw-away SQLite file (the real provider, not EF InMemory). Each factory has its own
/// database; pass <paramref name="databasePath"/> to start a second app on the same file, or
/// <paramref name="postgres"/> to run on PostgreSQL instead (the test owns that database).
/// </summary>
public class PortalAppFactory(bool seed = false, string? databasePath = null, string environment = "Development", PostgresDatabase? postgres = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A fixed key, so fingerprints are the same in every test run.</summary>
    public const string SsnFingerprintKey = "dGVzdC1vbmx5LXNzbi1maW5nZXJwcmludC1rZXktMzItYnl0ZXMh";

    private readonly bool ownsDatabase = databasePath is null;

    public string DatabasePath { get; } = databasePath ?? Path.Combine(Path.GetTempPath(), $"portal-test-{Guid.NewGuid():N}.db");

    /// <summary>Where the Pickup email provider writes this app's messages.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), $"portal-test-mail-{Guid.NewGuid():N}");

    /// <summary>Where this app keeps uploaded documents (encrypted).</summary>
    public string DocumentsFolder { get; } = Path.Combine(Path.GetTempPath(), $"portal-test-documents-{Guid.NewGuid():N}");

    /// <summary>
    /// Where an app outside Development keeps its Data Protection keys (encrypted with <see cref="TestCertificate"/>): its
    /// own folder, apart from the Development apps' shared one.
    /// </summary>
    public string KeysFolder { get; } = Path.Combine(Path.GetTempPath(), $"portal-test-keys-{Guid.NewGuid():N}");

    /// <summary>What the app logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Settings beyond the defaults below, as configuration keys ("Seed:Enabled").</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>
    /// Whether a seeded app on its own SQLite file starts from a copy of the run's seeded database (<see cref="SeededTemplate"/>)
    /// instead of loading the demo data itself. Tests of seeding turn it off.
    /// </summary>
    public bool CopiesSeededDatabase { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (postgres is null)
        {
            if (seed && ownsDatabase && CopiesSeededDatabase && !Settings.Keys.Any(k => k.StartsWith("Seed:", StringComparison.Ordinal)) && !File.Exists(DatabasePath))
            {
                SeededTemplate.CopyTo(DatabasePath, environment);
            }
            builder.UseSetting("ConnectionStrings:Portal", $"Data Source={DatabasePath}");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Portal", postgres.ConnectionString);
        }
        builder.UseSetting("SsnFingerprint:Key", SsnFingerprintKey);
        builder.UseSetting("Seed:Enabled", seed.ToString());
        builder.UseSetting("Seed:Path", RepositoryPaths.SeedData);
        builder.UseSetting("Email:Provider", "Pickup");
        builder.UseSetting("Email:FromAddress", "portal@dcss.example.gov");
        builder.UseSetting("Email:Pickup:Folder", MailFolder);
        // Tests read their mail from the folder in every environment; a test of the refusal sets it back to false.
        if (environment != "Development") builder.UseSetting("Email:Pickup:AllowOutsideDevelopmentUnsafe", "true");
        // Outside Development the app refuses to start without the case system's key, and without a certificate for its keys.
        if (environment != "Development")
        {
            builder.UseSetting("CaseSystem:SealingPublicKey", TestSealingKey.PublicPem);
            builder.UseSetting("DataProtection:KeysFolder", KeysFolder);
            builder.UseSetting("DataProtection:CertificatePath", TestCertificate.PfxPath);
            builder.UseSetting("DataProtection:CertificatePassword", TestCertificate.Password);
        }
        // Development turns these on; tests record what they need themselves.
        builder.UseSetting("DemoFeed:Enabled", "false");
        builder.UseSetting("CaseRecords:ImportFolder", "");
        builder.UseSetting("CaseSystem:ExportFolder", "");
        builder.UseSetting("CaseSystem:StandIn:Enabled", "false");
        builder.UseSetting("Documents:StorageFolder", DocumentsFolder);
        // Every request of a test comes from one address: the payment sandbox's page limit has its own test.
        builder.UseSetting("Payments:ProcessorPageRequestsPerMinute", "10000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
        if (disposing && Directory.Exists(DocumentsFolder)) Directory.Delete(DocumentsFolder, recursive: true);
        if (disposing && Directory.Exists(KeysFolder)) Directory.Delete(KeysFolder, recursive: true);
        if (!disposing || !ownsDatabase) return;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" }) File.Delete(file);
    }
}
