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
    /// True when the typed lines, normalised, are the record's two lines, or the record's first line alone
    /// (the apartment left out), or when the typed first line contains the record's two lines (the apartment
    /// typed on line 1, followed by something more). When the record has no second line, the last rule means a
    /// unit the parent adds is not held against them: the record may simply lack it.
    /// </summary>
    public static bool LooselyMatches(string? typedLine1, string? typedLine2, MailingAddress onRecord)
    {
        ArgumentNullException.ThrowIfNull(onRecord);
        var typed = Normalize($"{typedLine1} {typedLine2}");
        var recordLine1 = Normalize(onRecord.Line1);
        var recordBoth = Normalize($"{onRecord.Line1} {onRecord.Line2}");
        if (typed.Length == 0 || recordLine1.Length == 0) return false;

        // Whole words only: "13614 McDowell St" does not contain "3614 McDowell St".
        return typed == recordBoth
            || typed == recordLine1
            || $" {Normalize(typedLine1)} ".Contains($" {recordBoth} ", StringComparison.Ordinal);
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
