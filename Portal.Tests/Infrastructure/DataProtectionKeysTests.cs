using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Data Protection's keys: encrypted at rest outside Development, shared through the database by instances on PostgreSQL,
/// and still readable after the certificate is rotated while the old one is listed in DataProtection:OldCertificates.
/// </summary>
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
        // The first start on an empty database migrates before Data Protection first reads its keys from it.
        Assert.DoesNotContain(first.Logs.Entries.Concat(second.Logs.Entries), e => e.Level >= LogLevel.Error && e.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_old_certificate_file_stops_the_start_up_naming_its_setting()
    {
        var settings = new Dictionary<string, string?> { ["DataProtection:OldCertificates:0:Path"] = "rotated-out.pfx" };

        var error = Assert.Throws<InvalidOperationException>(() => StartupValidation.Check(builder => builder.AddPortalDataProtection(), settings));

        Assert.StartsWith("DataProtection:OldCertificates:0:Path: there is no file at", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task After_rotating_the_certificate_keys_in_the_folder_written_under_the_old_one_decrypt_only_while_it_is_listed() =>
        AssertRotationAsync(postgres: null, portal => Task.FromResult<IReadOnlyList<string>>(
            [.. Directory.GetFiles(portal.KeysFolder, "key-*.xml").Select(File.ReadAllText)]));

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public async Task On_PostgreSQL_after_rotating_the_certificate_keys_written_under_the_old_one_decrypt_only_while_it_is_listed()
    {
        using var database = PostgresDatabase.Create();
        await AssertRotationAsync(database, async portal =>
        {
            await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        });
    }

    // An instance on the old certificate writes a key and protects a session with it. The instances after the rotation
    // share its key store and have the new certificate as current: with the old one listed they read the session and
    // encrypt a new key with the new certificate; without it the old key, and so the session, is unreadable.
    private static async Task AssertRotationAsync(PostgresDatabase? postgres, Func<PortalAppFactory, Task<IReadOnlyList<string>>> storedKeys)
    {
        using var before = new PortalAppFactory(postgres: postgres, environment: "Production");
        var session = Protector(before).Protect("a session");
        var oldKey = Assert.Single(before.Services.GetRequiredService<IKeyManager>().GetAllKeys()).KeyId;

        using var rotated = AfterRotation(postgres, before.KeysFolder, listsOldCertificate: true);
        Assert.Equal("a session", Protector(rotated).Unprotect(session));
        // What the key ring does itself two days before the default key expires.
        var newKey = rotated.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90)).KeyId;

        var keys = await storedKeys(before);
        Assert.Equal(Thumbprint(TestCertificate.PfxPath), EncryptedFor(keys.Single(k => k.Contains($"id=\"{oldKey}\"", StringComparison.Ordinal))));
        Assert.Equal(Thumbprint(TestCertificate.NextPfxPath), EncryptedFor(keys.Single(k => k.Contains($"id=\"{newKey}\"", StringComparison.Ordinal))));

        using var forgetful = AfterRotation(postgres, before.KeysFolder, listsOldCertificate: false);
        Assert.ThrowsAny<CryptographicException>(() => Protector(forgetful).Unprotect(session));
    }

    private static PortalAppFactory AfterRotation(PostgresDatabase? postgres, string keysFolder, bool listsOldCertificate)
    {
        var portal = new PortalAppFactory(postgres: postgres, environment: "Production")
        {
            Settings =
            {
                ["DataProtection:KeysFolder"] = keysFolder,
                ["DataProtection:CertificatePath"] = TestCertificate.NextPfxPath,
            },
        };
        if (listsOldCertificate)
        {
            portal.Settings["DataProtection:OldCertificates:0:Path"] = TestCertificate.PfxPath;
            portal.Settings["DataProtection:OldCertificates:0:Password"] = TestCertificate.Password;
        }
        return portal;
    }

    private static IDataProtector Protector(PortalAppFactory portal) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie");

    private static string Thumbprint(string pfxPath)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, TestCertificate.Password);
        return certificate.Thumbprint;
    }

    // The certificate a key's secret is encrypted for: XML encryption carries it in the key's KeyInfo.
    private static string EncryptedFor(string keyXml)
    {
        var certificate = XDocument.Parse(keyXml).Descendants(XName.Get("X509Certificate", "http://www.w3.org/2000/09/xmldsig#")).Single();
        using var loaded = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(certificate.Value));
        return loaded.Thumbprint;
    }

    // Encrypted: the key's secret is an XML-encrypted blob for the certificate, never the plain <value> of the master key.
    private static void AssertEncrypted(string keyXml)
    {
        Assert.Contains("EncryptedXmlDecryptor", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", keyXml, StringComparison.Ordinal);
    }
}
