using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>Data Protection's keys: encrypted at rest outside Development, and shared through the database by instances on PostgreSQL.</summary>
public sealed class DataProtectionKeysTests
{
    [Fact]
    public void Outside_development_the_portal_refuses_to_start_without_a_certificate_for_its_keys()
    {
        var error = StartupValidation.Check(builder => builder.AddPortalDataProtection(), new Dictionary<string, string?>());

        Assert.NotNull(error);
        Assert.Contains("DataProtection:CertificatePath", error.Message, StringComparison.Ordinal);
        Assert.Null(StartupValidation.Check(builder => builder.AddPortalDataProtection(), new Dictionary<string, string?>(), environment: "Development"));
    }

    [Fact]
    public void Outside_development_the_keys_written_to_the_folder_are_encrypted_with_the_certificate()
    {
        using var portal = new PortalAppFactory(environment: "Production");
        var protector = portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        Assert.Equal("a session", protector.Unprotect(protector.Protect("a session")));

        var key = File.ReadAllText(Assert.Single(Directory.GetFiles(portal.KeysFolder, "key-*.xml")));
        AssertEncrypted(key);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public async Task On_PostgreSQL_two_instances_share_one_key_ring_in_the_database_encrypted_at_rest()
    {
        using var database = PostgresDatabase.Create();
        using var first = new PortalAppFactory(postgres: database, environment: "Production");
        using var second = new PortalAppFactory(postgres: database, environment: "Production");

        // A cookie one instance protects, the other reads.
        var written = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("a session");
        Assert.Equal("a session", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(written));

        Assert.False(Directory.Exists(first.KeysFolder) && Directory.EnumerateFiles(first.KeysFolder).Any());
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        AssertEncrypted(Assert.Single(keys));
    }

    // Encrypted: the key's secret is an XML-encrypted blob for the certificate, never the plain <value> of the master key.
    private static void AssertEncrypted(string keyXml)
    {
        Assert.Contains("EncryptedXmlDecryptor", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", keyXml, StringComparison.Ordinal);
    }
}
