namespace Portal.Domain.Cases;

/// <summary>
/// A child support case number (formerly the ATLAS case number): ten digits, the last a Luhn check digit,
/// so a mistyped digit is caught before any lookup. Customers type it without dashes or spaces; pasted
/// dashes and spaces are removed.
/// </summary>
public readonly record struct CaseNumber
{
    public const int Length = 10;

    private CaseNumber(string digits) => Digits = digits;

    public string Digits { get; }

    public static CaseNumberProblem Validate(string? text)
    {
        var digits = Normalize(text);
        if (digits.Length == 0) return CaseNumberProblem.Missing;
        if (!digits.All(char.IsAsciiDigit)) return CaseNumberProblem.NotDigits;
        if (digits.Length != Length) return CaseNumberProblem.WrongLength;
        return LuhnCheck.IsValid(digits) ? CaseNumberProblem.None : CaseNumberProblem.CheckDigitMismatch;
    }

    public static bool TryParse(string? text, out CaseNumber caseNumber)
    {
        caseNumber = Validate(text) == CaseNumberProblem.None ? new CaseNumber(Normalize(text)) : default;
        return caseNumber.Digits is not null;
    }

    public static CaseNumber Parse(string? text) =>
        TryParse(text, out var caseNumber)
            ? caseNumber
            : throw new FormatException($"Not a valid case number ({Validate(text)}).");

    /// <summary>Builds a valid case number from its first nine digits by appending the check digit.</summary>
    public static CaseNumber FromSerial(long serial)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999_999);
        var body = serial.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return new CaseNumber(body + LuhnCheck.CheckDigit(body));
    }

    public override string ToString() => Digits ?? string.Empty;

    private static string Normalize(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-'));
}
