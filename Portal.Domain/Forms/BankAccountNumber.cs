namespace Portal.Domain.Forms;

/// <summary>A US bank account number as NACHA carries it: 4 to 17 digits. Shown anywhere after submission only as its last four.</summary>
public static class BankAccountNumber
{
    public const int MinLength = 4;
    public const int MaxLength = 17;

    public static string Tidy(string? text) => BankDigits.Tidy(text);

    public static bool IsValid(string? text) =>
        Tidy(text) is { Length: >= MinLength and <= MaxLength } digits && digits.All(char.IsAsciiDigit);

    public static string Last4(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return digits.Length <= 4 ? digits : digits[^4..];
    }
}
