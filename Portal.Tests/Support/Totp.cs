using System.Security.Cryptography;

namespace Portal.Tests.Support;

/// <summary>
/// An authenticator app in a few lines: the RFC 6238 code (HMAC-SHA1, 30-second steps, 6 digits) for a base32 key.
/// The portal checks codes against its TimeProvider: pass the test's clock when the app has one (ControlledPortal),
/// the real time when it runs on the system clock (the end-to-end portal).
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
#pragma warning disable CA5350 // RFC 6238's TOTP is HMAC-SHA1, as every authenticator app computes it
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code an app shows now for a key as the page shows it (groups of four, any case).</summary>
    public static string CodeNow(string displayedKey) => Code(displayedKey, DateTimeOffset.UtcNow);

    /// <summary>
    /// The code an app will show in the next 30-second step: the portal takes each step's code once, and one step ahead
    /// for clock drift, so a test that has just used <see cref="CodeNow"/> can sign in again without waiting.
    /// </summary>
    public static string NextCodeNow(string displayedKey) => Code(displayedKey, DateTimeOffset.UtcNow.AddSeconds(30));

    private static byte[] FromBase32(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = new string(key.Where(c => !char.IsWhiteSpace(c) && c != '=').Select(char.ToUpperInvariant).ToArray());
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0) throw new FormatException($"'{c}' is not base32");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. output];
    }
}
