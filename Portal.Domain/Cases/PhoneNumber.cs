namespace Portal.Domain.Cases;

/// <summary>
/// A US phone number (NANP): ten digits, however it was typed ("602-555-0134", "(602) 555 0134", "+1 602 555 0134").
/// The area code and the exchange cannot start with 0 or 1, and N11 codes (411, 911) are services, not numbers.
/// </summary>
public readonly record struct PhoneNumber
{
    public const int MaxTypedLength = 30;

    private PhoneNumber(string digits) => Digits = digits;

    /// <summary>The ten digits, as the case system stores them.</summary>
    public string Digits { get; }

    /// <summary>How a number is written in the US: (602) 555-0134.</summary>
    public string Display => $"({Digits[..3]}) {Digits[3..6]}-{Digits[6..]}";

    public override string ToString() => Display;

    public static bool TryParse(string? typed, out PhoneNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > MaxTypedLength) return false;
        var digits = new char[11];
        var count = 0;
        foreach (var c in typed)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length) return false;
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                return false;
            }
        }
        var ten = count switch
        {
            10 => new string(digits, 0, 10),
            11 when digits[0] == '1' => new string(digits, 1, 10),
            _ => null,
        };
        if (ten is null || !IsValidCode(ten.AsSpan(0, 3)) || !IsValidCode(ten.AsSpan(3, 3))) return false;
        number = new PhoneNumber(ten);
        return true;
    }

    private static bool IsValidCode(ReadOnlySpan<char> code) => code[0] is not ('0' or '1') && !(code[1] == '1' && code[2] == '1');
}
