using System.Globalization;

namespace Portal.Domain.Accounts;

/// <summary>
/// The six-digit PIN a parent gives the Customer Service Center by phone. It is not the password, and it
/// must not be one of the first codes someone would guess: a repeated digit, a run, or the date of birth.
/// </summary>
public static class PhonePin
{
    public const int Length = 6;

    /// <summary>The PIN as typed without its spaces: "123 456" is often typed as two groups of three.</summary>
    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    // The ways people write a date of birth as six digits.
    private static readonly string[] DateOfBirthFormats = ["MMddyy", "ddMMyy", "yyMMdd", "MMyyyy", "yyyyMM"];

    /// <summary>
    /// The first problem found, in the order of <see cref="PhonePinProblem"/>. The PIN is taken as typed: the
    /// page removes spaces before calling.
    /// </summary>
    public static PhonePinProblem Check(string? pin, DateOnly dateOfBirth, string? password)
    {
        if (pin is not { Length: Length } || !pin.All(char.IsAsciiDigit)) return PhonePinProblem.NotSixDigits;
        if (pin.All(c => c == pin[0])) return PhonePinProblem.AllSameDigit;
        if (IsRun(pin, step: 1) || IsRun(pin, step: -1)) return PhonePinProblem.Sequence;
        if (DateOfBirthFormats.Any(f => pin == dateOfBirth.ToString(f, CultureInfo.InvariantCulture))) return PhonePinProblem.DateOfBirth;
        if (pin == password) return PhonePinProblem.SameAsPassword;
        return PhonePinProblem.None;
    }

    // Each digit one more (or one less) than the one before, wrapping from 9 to 0: 123456, 890123, 210987.
    private static bool IsRun(string pin, int step)
    {
        for (var i = 1; i < pin.Length; i++)
        {
            if ((pin[i - 1] - '0' + step + 10) % 10 != pin[i] - '0') return false;
        }
        return true;
    }
}
