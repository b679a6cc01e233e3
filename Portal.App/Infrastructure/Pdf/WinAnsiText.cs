using System.Globalization;
using System.Text;
using PdfSharp.Pdf.Internal;

namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// Makes any text printable with the WinAnsi (Windows-1252) fonts: English and Spanish pass unchanged; other
/// characters become their closest WinAnsi spelling (a letter without its accent, a plain dash or space) or "?".
/// Line breaks become "\n"; other control characters go.
/// </summary>
internal static class WinAnsiText
{
    public const char Unprintable = '?';

    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);
        var clean = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (c is '\n') clean.Append(c);
            else if (c is '\t') clean.Append(' ');
            else if (char.IsControl(c)) continue;
            else if (AnsiEncoding.IsAnsi(c)) clean.Append(c);
            else if (char.IsHighSurrogate(c))
            {
                // An emoji or another character beyond the BMP is one character, so one "?".
                if (i + 1 < composed.Length && char.IsLowSurrogate(composed[i + 1])) i++;
                clean.Append(Unprintable);
            }
            else clean.Append(Fallback(c));
        }

        return clean.ToString();
    }

    private static string Fallback(char c) => c switch
    {
        >= '\u2000' and <= '\u200A' or '\u202F' or '\u205F' or '\u3000' => " ",
        >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF' => "",
        '\u2010' or '\u2011' or '\u2012' or '\u2043' or '\u2212' => "-",
        '\u2032' => "'",
        '\u2033' => "\"",
        '\u2190' => "<-",
        '\u2192' => "->",
        '\u2264' => "<=",
        '\u2265' => ">=",
        _ => WithoutMarks(c),
    };

    // "ő" -> "o", "ř" -> "r": the base letter when the character decomposes into WinAnsi letters and accents.
    private static string WithoutMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var bare = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) == UnicodeCategory.NonSpacingMark) continue;
            if (!AnsiEncoding.IsAnsi(part) || char.IsControl(part)) return Unprintable.ToString();
            bare.Append(part);
        }

        return bare.Length > 0 ? bare.ToString() : Unprintable.ToString();
    }
}
