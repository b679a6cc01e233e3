using System.Text;
using Portal.Domain.Cases;

namespace Portal.Domain.Accounts;

/// <summary>
/// Decides whether the street address a parent types is the one on their case, the way a person would read
/// it: "3614 McDowell Street, Apt. 172" is "3614 McDowell St" / "Apt 172". Only the address lines are
/// compared; the caller checks the ZIP code.
/// </summary>
public static class MailingAddressComparer
{
    // Unit designator every apartment, suite, unit, number or "#" becomes: a parent who writes "#12" for
    // "Unit 12" means the same place, and the street line and ZIP carry the weight of the match.
    private const string Unit = "apt";

    // Both spellings map to the USPS abbreviation, so either side may use either.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["street"] = "st", ["avenue"] = "ave", ["av"] = "ave", ["road"] = "rd", ["drive"] = "dr", ["lane"] = "ln",
        ["boulevard"] = "blvd", ["court"] = "ct", ["place"] = "pl", ["circle"] = "cir", ["parkway"] = "pkwy",
        ["highway"] = "hwy", ["terrace"] = "ter", ["trail"] = "trl", ["square"] = "sq",
        ["north"] = "n", ["south"] = "s", ["east"] = "e", ["west"] = "w",
        ["northeast"] = "ne", ["northwest"] = "nw", ["southeast"] = "se", ["southwest"] = "sw",
        ["apartment"] = Unit, ["apt"] = Unit, ["suite"] = Unit, ["ste"] = Unit, ["unit"] = Unit,
        ["number"] = Unit, ["no"] = Unit, ["#"] = Unit,
    };

    /// <summary>
    /// True when the typed street words are exactly the record's street words once normalised, and the units
    /// agree: the same unit, wherever it was typed ("Apt 4" on either line, before or after the street), or
    /// no unit on one side (the parent left the apartment out, or the record lacks it). Anything more, such
    /// as a city, a second unit or arbitrary text after the street, is a different address: the comparison
    /// forgives how an address is written, never what it says.
    /// </summary>
    public static bool LooselyMatches(string? typedLine1, string? typedLine2, MailingAddress onRecord)
    {
        ArgumentNullException.ThrowIfNull(onRecord);
        var typed = Split(Normalize($"{typedLine1} {typedLine2}"));
        var record = Split(Normalize($"{onRecord.Line1} {onRecord.Line2}"));
        if (typed is null || record is null || typed.Value.Street.Length == 0 || record.Value.Street.Length == 0) return false;

        var (typedStreet, typedUnit) = typed.Value;
        var (recordStreet, recordUnit) = record.Value;
        return typedStreet == recordStreet && (typedUnit is null || recordUnit is null || typedUnit == recordUnit);
    }

    // The street words and the unit (its designator and number taken out, wherever they stood), or null when
    // the line names more than one unit or a designator without a number: not an address we can read alike.
    private static (string Street, string? Unit)? Split(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var at = words.IndexOf(Unit);
        if (at < 0) return (string.Join(' ', words), null);
        if (at == words.Count - 1) return null;
        var unit = words[at + 1];
        words.RemoveRange(at, 2);
        return words.Contains(Unit) ? null : (string.Join(' ', words), unit);
    }

    // Lower case, apostrophes, periods and hyphens dropped ("3-B" is "3b"), other punctuation a space, "#" a
    // word of its own, whitespace collapsed and street words abbreviated as USPS does.
    private static string Normalize(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return string.Empty;
        var text = new StringBuilder(line.Length + 4);
        foreach (var c in line.ToLowerInvariant())
        {
            if (c is '.' or '\'' or '\u2019' or '-') continue;
            if (c == '#') text.Append(" # ");
            else text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = new List<string>();
        foreach (var word in text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var canonical = Abbreviations.GetValueOrDefault(word, word);
            // "Apt #12" and "Suite No 12" name the unit twice; keep one.
            if (canonical == Unit && words.Count > 0 && words[^1] == Unit) continue;
            words.Add(canonical);
        }
        return string.Join(' ', words);
    }
}
