using System.Security.Cryptography;
using System.Text;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>The secrets of emailed links: 256 random bits, URL-safe, stored only as their SHA-256 hash.</summary>
public static class LinkSecrets
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));
}
