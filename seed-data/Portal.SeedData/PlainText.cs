using System.Globalization;
using System.Text;

namespace Portal.SeedData;

/// <summary>Formats amounts and dates the way a letter to a parent would, identically on every machine.</summary>
internal static class PlainText
{
    public static string Dollars(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>Lower-case ASCII letters only (José → jose, O'Neil → oneil), for user names and email addresses.</summary>
    public static string AsciiLetters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
