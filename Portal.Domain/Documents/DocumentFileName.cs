using System.Text;

namespace Portal.Domain.Documents;

/// <summary>
/// The name a browser sent, made safe to show and to offer again as a download name: only its last part (after either
/// kind of slash, so "../../etc/passwd" and "C:\Users\x\a.pdf" give "passwd" and "a.pdf"), no control or format
/// characters, trimmed, at most <see cref="MaxLength"/> characters with the extension kept. It is never used as a
/// storage path: files are stored under names the app makes.
/// </summary>
public static class DocumentFileName
{
    public const int MaxLength = 100;

    /// <summary>Used when nothing is left of the name.</summary>
    public const string Fallback = "document";

    public static string Sanitize(string? name)
    {
        var text = name ?? string.Empty;
        var lastSlash = text.LastIndexOfAny(['/', '\\']);
        if (lastSlash >= 0) text = text[(lastSlash + 1)..];
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned) continue;
            // Quotes and the characters Windows refuses in names would only trouble a download's name.
            if (rune.Value is '"' or '<' or '>' or ':' or '|' or '?' or '*') continue;
            kept.Append(rune.ToString());
        }
        var clean = kept.ToString().Trim().TrimStart('.').Trim();
        if (clean.Length == 0) return Fallback;
        if (clean.Length <= MaxLength) return clean;
        var extension = Path.GetExtension(clean);
        if (extension.Length is 0 or > 10) return Cut(clean, MaxLength);
        return Cut(clean[..^extension.Length], MaxLength - extension.Length) + extension;
    }

    // Never splits a surrogate pair.
    private static string Cut(string text, int length)
    {
        if (text.Length <= length) return text;
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end].TrimEnd();
    }
}
