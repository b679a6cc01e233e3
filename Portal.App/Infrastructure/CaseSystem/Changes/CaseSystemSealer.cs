using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// Seals a value for the case system's eyes only: RSA-OAEP with SHA-256 under the case system's public key
/// (CaseSystem:SealingPublicKey, PEM). The portal holds no private key, so a sealed value at rest (an application's SSN,
/// and the change file that carries it) cannot be opened by the portal, a copy of its database or its Data Protection
/// keys; OAEP's random padding means the same SSN never seals to the same text, so there is nothing to compare or guess
/// against. Without a configured key (Development only: elsewhere start-up refuses) a key pair is made for the process: the stand-in can open
/// what was sealed with it, and nothing sealed with it outlives the process's usefulness.
/// </summary>
public sealed partial class CaseSystemSealer : IDisposable
{
    public const string Scheme = "rsa-oaep-sha256:";
    private readonly RSA rsa = RSA.Create();

    public CaseSystemSealer(IOptions<CaseSystemOptions> options, ILogger<CaseSystemSealer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.SealingPublicKey is { Length: > 0 } pem)
        {
            rsa.ImportFromPem(pem);
        }
        else
        {
            rsa.KeySize = 3072;
            HoldsPrivateKey = true;
            LogEphemeralKey(logger);
        }
    }

    /// <summary>Whether <paramref name="pem"/> is an RSA public key strong enough to seal with (checked at start-up).</summary>
    public static bool IsUsableKey(string pem)
    {
        using var key = RSA.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (CryptographicException)
        {
            return false;
        }
        return key.KeySize >= 2048;
    }

    /// <summary>True only with a process key (no case-system key configured): only then can <see cref="Open"/> work.</summary>
    public bool HoldsPrivateKey { get; }

    public string Seal(string value) => Scheme + Convert.ToBase64String(rsa.Encrypt(Encoding.UTF8.GetBytes(value), RSAEncryptionPadding.OaepSHA256));

    /// <summary>What the case system does with its private key; here only for the stand-in and tests with a process key.</summary>
    public string Open(string sealedValue)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        if (!HoldsPrivateKey) throw new InvalidOperationException("Only the case system can open what is sealed for it.");
        if (!sealedValue.StartsWith(Scheme, StringComparison.Ordinal)) throw new CryptographicException("Not a sealed value.");
        return Encoding.UTF8.GetString(rsa.Decrypt(Convert.FromBase64String(sealedValue[Scheme.Length..]), RSAEncryptionPadding.OaepSHA256));
    }

    public void Dispose() => rsa.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No CaseSystem:SealingPublicKey is configured: values for the case system are sealed with a key made for this process, which the case system cannot open")]
    private static partial void LogEphemeralKey(ILogger logger);
}
