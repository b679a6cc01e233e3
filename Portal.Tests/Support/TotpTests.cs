namespace Portal.Tests.Support;

public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1, seed "12345678901234567890" (base32 below); its 8-digit codes end in these 6 digits.
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(2000000000, "279037")]
    public void Matches_the_RFC_6238_test_vectors(long unixSeconds, string expected)
    {
        Assert.Equal(expected, Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }
}
