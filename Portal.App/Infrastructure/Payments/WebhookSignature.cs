using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.App.Infrastructure.Payments;

/// <summary>
/// A webhook's signature header, <c>Portal-Signature: t=1764523500,v1=5f2c…</c>: the Unix time it was signed and the
/// hex HMAC-SHA256 of "{t}.{raw body}" under the processor's key (the scheme Stripe and others use). Binding the time into
/// the signature lets the receiver refuse an old message replayed within its signature's life.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Portal-Signature";

    public static string Sign(byte[] key, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(key, timestamp, body))}";
    }

    public static WebhookSignatureCheck Verify(byte[] key, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header)) return WebhookSignatureCheck.Missing;
        string? timestamp = null, signature = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal)) timestamp = part[2..];
            else if (part.StartsWith("v1=", StringComparison.Ordinal)) signature = part[3..];
        }
        if (timestamp is null || signature is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return WebhookSignatureCheck.Missing;
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return WebhookSignatureCheck.BadSignature;
        }
        // Compared in constant time, and before the time: a forged message learns nothing from which check failed first.
        if (!CryptographicOperations.FixedTimeEquals(given, Mac(key, timestamp, body))) return WebhookSignatureCheck.BadSignature;
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253_402_300_799));
        return (now - signedAt).Duration() > tolerance ? WebhookSignatureCheck.Stale : WebhookSignatureCheck.Valid;
    }

    private static byte[] Mac(byte[] key, string timestamp, string body) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
}
