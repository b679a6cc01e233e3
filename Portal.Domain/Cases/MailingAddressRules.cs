using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Portal.Domain.Cases;

/// <summary>
/// The rules for a mailing address a parent sends to the case system: a street, an optional unit, a city, a US state
/// or territory (out-of-state addresses are welcome: many parents move) and a ZIP code. Text is tidied (trimmed, runs of
/// spaces made one) before it is checked; letters of any alphabet are allowed, since names of streets are not all English,
/// but not markup or symbols an envelope cannot carry.
/// </summary>
public static class MailingAddressRules
{
    public const int MaxLineLength = 100;
    public const int MaxCityLength = 60;

    /// <summary>The USPS codes of the states, DC, the territories and the military post offices.</summary>
    public static readonly FrozenSet<string> StateCodes = new[]
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
        "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The tidied address and each field's problem; <see cref="MailingAddressCheck.Address"/> is set only when there are none.</summary>
    public static MailingAddressCheck Check(string? line1, string? line2, string? city, string? state, string? zip)
    {
        var tidyLine1 = Tidy(line1);
        var tidyLine2 = Tidy(line2);
        var tidyCity = Tidy(city);
        var tidyState = Tidy(state).ToUpperInvariant();
        var tidyZip = Tidy(zip);
        var check = new MailingAddressCheck(
            TextProblem(tidyLine1, MaxLineLength, required: true),
            TextProblem(tidyLine2, MaxLineLength, required: false),
            TextProblem(tidyCity, MaxCityLength, required: true),
            tidyState.Length == 0 ? AddressProblem.Required : StateCodes.Contains(tidyState) ? AddressProblem.None : AddressProblem.UnknownState,
            tidyZip.Length == 0 ? AddressProblem.Required : MailingAddress.IsValidZip(tidyZip) ? AddressProblem.None : AddressProblem.InvalidZip,
            null);
        return check.IsValid
            ? check with { Address = new MailingAddress(tidyLine1, tidyLine2.Length == 0 ? null : tidyLine2, tidyCity, tidyState, tidyZip) }
            : check;
    }

    private static AddressProblem TextProblem(string text, int maxLength, bool required)
    {
        if (text.Length == 0) return required ? AddressProblem.Required : AddressProblem.None;
        if (text.Length > maxLength) return AddressProblem.TooLong;
        return text.All(IsEnvelopeCharacter) ? AddressProblem.None : AddressProblem.UnsupportedCharacters;
    }

    // Letters (any alphabet, with their accents), digits, spaces and the punctuation addresses use: "Apt #4-B", "St. John's", "1/2", "P&G".
    private static bool IsEnvelopeCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is ' ' or '#' or '-' or '.' or ',' or '\'' or '/' or '&'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Trimmed, with every run of whitespace made one space, in Unicode normal form C (so "é" is one character however typed).</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(part);
        }
        var tidy = builder.ToString();
        return tidy.IsNormalized(NormalizationForm.FormC) ? tidy : tidy.Normalize(NormalizationForm.FormC);
    }
}
