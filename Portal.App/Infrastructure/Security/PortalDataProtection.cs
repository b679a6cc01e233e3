using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.Security;

/// <summary>
/// Data Protection's key ring, which protects the session cookie, antiforgery tokens, circuits and every encrypted field.
/// With several instances on one PostgreSQL database the keys live in that database (table DataProtectionKeys), so any
/// instance reads what another wrote; on SQLite, in a folder beside it (DataProtection:Store says otherwise). Outside
/// Development the keys are encrypted at rest with an X.509 certificate (DataProtection:CertificatePath, a PFX with its
/// private key, and CertificatePassword): without one the portal does not start. Development keeps keys in the clear.
/// After a rotation, DataProtection:OldCertificates still decrypt the keys written under them, and never encrypt.
/// </summary>
public static class PortalDataProtection
{
    public const string Section = "DataProtection";

    public const string CertificateRequired =
        "DataProtection:CertificatePath is required outside Development: a PFX file (with its private key) that encrypts the Data Protection keys at rest.";

    public static IHostApplicationBuilder AddPortalDataProtection(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DataProtectionSettings>().BindConfiguration(Section)
            .Validate<IHostEnvironment>((s, environment) => environment.IsDevelopment() || s.CertificatePath is { Length: > 0 }, CertificateRequired)
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(Section).Get<DataProtectionSettings>() ?? new();
        var keys = builder.Services.AddDataProtection().SetApplicationName("Portal");
        var store = settings.Store ?? (PortalDatabase.ProviderFrom(builder.Configuration) == DatabaseProvider.Postgres ? KeyStore.Database : KeyStore.Folder);
        if (store == KeyStore.Database)
        {
            keys.PersistKeysToDbContext<PortalDbContext>();
        }
        else
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Environment.ContentRootPath, settings.KeysFolder)));
        }
        if (settings.CertificatePath is { Length: > 0 } path)
        {
            keys.ProtectKeysWithCertificate(LoadCertificate(builder, $"{Section}:CertificatePath", path, settings.CertificatePassword));
        }
        // The current certificate decrypts already (ProtectKeysWithCertificate registers it). A key names the certificate it
        // was encrypted for, and these are matched to it in memory, private keys included: no certificate store is needed.
        keys.UnprotectKeysWithAnyCertificate([.. settings.OldCertificates.Select((old, i) =>
            LoadCertificate(builder, $"{Section}:OldCertificates:{i}:Path", old.Path, old.Password))]);
        return builder;
    }

    private static X509Certificate2 LoadCertificate(IHostApplicationBuilder builder, string setting, string? path, string? password)
    {
        var file = Path.Combine(builder.Environment.ContentRootPath, path ?? "");
        if (!File.Exists(file)) throw new InvalidOperationException($"{setting}: there is no file at {file}.");
        return X509CertificateLoader.LoadPkcs12FromFile(file, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}

/// <summary>Where Data Protection keeps its keys.</summary>
public enum KeyStore
{
    /// <summary>A folder (DataProtection:KeysFolder): one instance, or instances sharing the folder.</summary>
    Folder,

    /// <summary>The portal's database: every instance on it shares the keys.</summary>
    Database,
}

/// <summary>Configuration "DataProtection".</summary>
public sealed class DataProtectionSettings
{
    /// <summary>Null: the database on PostgreSQL, a folder on SQLite.</summary>
    public KeyStore? Store { get; set; }

    /// <summary>Relative to the app's folder.</summary>
    public string KeysFolder { get; set; } = "App_Data/keys";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates rotated out: keys written under them still decrypt; new keys are encrypted with CertificatePath's.</summary>
    public IList<OldCertificate> OldCertificates { get; } = [];
}

/// <summary>One of DataProtection:OldCertificates: a PFX with its private key.</summary>
public sealed class OldCertificate
{
    /// <summary>Relative to the app's folder.</summary>
    public string? Path { get; set; }

    public string? Password { get; set; }
}
