using System.Text;

namespace Portal.Domain.Accounts;

/// <summary>
/// Security answers are not case sensitive, and spacing does not matter: "New  York " and "new york" are the
/// same answer. Store and compare only the normalised form.
/// </summary>
public static class SecurityAnswer
{
    /// <summary>
    /// Trims, collapses every run of whitespace to one space and lower-cases (invariant culture). It also
    /// composes accents (Unicode NFC), so "José" typed on any keyboard is one answer.
    /// </summary>
    public static string Normalize(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return string.Empty;
        var builder = new StringBuilder(answer.Length);
        var pendingSpace = false;
        foreach (var c in answer.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
