using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;

namespace Portal.App.Infrastructure.Security;

/// <summary>HMAC-SHA256 of the normalised nine digits, hex encoded.</summary>
public sealed class HmacSsnFingerprinter(IOptions<SsnFingerprintOptions> options) : ISsnFingerprinter
{
    private readonly byte[] key = options.Value.KeyBytes();

    public string Fingerprint(Ssn ssn) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(ssn.UnmaskedDigits)));
}
