namespace Portal.Domain.Forms;

/// <summary>
/// An ABA routing transit number: nine digits whose first two name a Federal Reserve district (00–12, thrifts 21–32,
/// electronic 61–72, traveller's cheques 80), and whose weighted sum 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a
/// multiple of ten. The check catches every single mistyped digit and most swaps of neighbours.
/// </summary>
public static class RoutingNumber
{
    public const int Length = 9;

    /// <summary>The digits without the spaces and hyphens people type; the text unchanged when it holds anything else.</summary>
    public static string Tidy(string? text) => BankDigits.Tidy(text);

    public static bool IsValid(string? text)
    {
        var digits = Tidy(text);
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit)) return false;
        var prefix = (digits[0] - '0') * 10 + (digits[1] - '0');
        if (prefix is not (<= 12 or (>= 21 and <= 32) or (>= 61 and <= 72) or 80)) return false;
        int D(int i) => digits[i] - '0';
        var sum = 3 * (D(0) + D(3) + D(6)) + 7 * (D(1) + D(4) + D(7)) + D(2) + D(5) + D(8);
        return sum % 10 == 0;
    }
}
