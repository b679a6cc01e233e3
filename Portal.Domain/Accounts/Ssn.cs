using System.Diagnostics;
using System.Globalization;

namespace Portal.Domain.Accounts;

/// <summary>
/// A Social Security number or ITIN. It prints itself only masked (***-**-1234), in logs, in interpolated
/// strings and in the debugger; the full digits are reachable only through <see cref="UnmaskedDigits"/>, for
/// the one thing that needs them: computing the keyed fingerprint that is stored instead.
/// </summary>
[DebuggerDisplay("{Masked,nq}")]
public readonly struct Ssn : IEquatable<Ssn>
{
    private readonly string? digits;

    private Ssn(string digits) => this.digits = digits;

    public string UnmaskedDigits => digits ?? throw new InvalidOperationException("An empty SSN has no digits.");
    public string Last4 => UnmaskedDigits[5..];
    public string Masked => digits is null ? string.Empty : $"***-**-{Last4}";

    public SsnKind Kind => UnmaskedDigits[0] == '9' ? SsnKind.TaxpayerIdentificationNumber : SsnKind.SocialSecurityNumber;

    public static bool TryParse(string? text, out Ssn ssn)
    {
        var normalized = string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-'));
        ssn = IsValid(normalized) ? new Ssn(normalized) : default;
        return ssn.digits is not null;
    }

    public static Ssn Parse(string? text) =>
        TryParse(text, out var ssn) ? ssn : throw new FormatException("Not a valid SSN or ITIN.");

    public bool Equals(Ssn other) => string.Equals(digits, other.digits, StringComparison.Ordinal);
    public override bool Equals(object? obj) => obj is Ssn other && Equals(other);
    public override int GetHashCode() => digits?.GetHashCode(StringComparison.Ordinal) ?? 0;
    public static bool operator ==(Ssn left, Ssn right) => left.Equals(right);
    public static bool operator !=(Ssn left, Ssn right) => !left.Equals(right);

    public override string ToString() => Masked;

    // SSA never issues area 000, 666 or 900-999, group 00 or serial 0000; 900-999 are ITINs, whose
    // middle digits fall in the IRS's ranges (50-65, 70-88, 90-92, 94-99).
    private static bool IsValid(string s)
    {
        if (s.Length != 9 || !s.All(char.IsAsciiDigit)) return false;
        var area = int.Parse(s.AsSpan(0, 3), CultureInfo.InvariantCulture);
        var group = int.Parse(s.AsSpan(3, 2), CultureInfo.InvariantCulture);
        var serial = int.Parse(s.AsSpan(5, 4), CultureInfo.InvariantCulture);
        if (serial == 0) return false;
        if (area >= 900) return group is (>= 50 and <= 65) or (>= 70 and <= 88) or (>= 90 and <= 92) or (>= 94 and <= 99);
        return area != 0 && area != 666 && group != 0;
    }
}
