using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Security;

/// <summary>
/// The secret key behind SSN fingerprints (configuration "SsnFingerprint:Key", base64, at least 32 bytes).
/// Fingerprints are only comparable under the key that made them: keep it with the database's backups.
/// </summary>
public sealed class SsnFingerprintOptions
{
    public const string Section = "SsnFingerprint";

    [Required(ErrorMessage = "SsnFingerprint:Key is not set. Production needs a base64 key of at least 32 random bytes (e.g. `openssl rand -base64 32`), from a secret store or environment variable SsnFingerprint__Key.")]
    public string Key { get; set; } = string.Empty;

    public byte[] KeyBytes() => Convert.FromBase64String(Key);
}
