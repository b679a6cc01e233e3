namespace Portal.Domain.Cases;

/// <summary>The Luhn mod-10 check digit: catches every single-digit typo and most swapped neighbours.</summary>
internal static class LuhnCheck
{
    public static bool IsValid(string digits) =>
        CheckDigit(digits[..^1]) == digits[^1];

    public static char CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
