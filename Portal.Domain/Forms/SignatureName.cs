using System.Globalization;
using System.Text;

namespace Portal.Domain.Forms;

/// <summary>
/// Whether the name typed as a signature is the account's name, loosely: case, accents, punctuation and extra spaces do
/// not matter ("jose garcia-lopez" signs for "José García López"), and middle names may be added between the first and
/// last names. Anything else is not the account holder's name.
/// </summary>
public static class SignatureName
{
    public const int MaxLength = 200;

    public static bool Matches(string? typed, string firstName, string lastName)
    {
        var words = Words(typed);
        var first = Words(firstName);
        var last = Words(lastName);
        if (words.Length == 0 || first.Length == 0 || last.Length == 0 || words.Length < first.Length + last.Length) return false;
        return words.Take(first.Length).SequenceEqual(first, StringComparer.Ordinal)
            && words.TakeLast(last.Length).SequenceEqual(last, StringComparer.Ordinal);
    }

    /// <summary>The name's words, lower case, without accents; hyphens and apostrophes split or join as people type them.</summary>
    private static string[] Words(string? name)
    {
        var decomposed = (name ?? string.Empty).Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.') continue;
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
