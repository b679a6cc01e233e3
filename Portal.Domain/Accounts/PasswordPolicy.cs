using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Domain.Accounts;

/// <summary>
/// Checks a password against the configured <see cref="PasswordRules"/>, the common-password list and what is
/// known about the person, reporting every requirement so the page can show which are still unmet.
/// </summary>
public sealed partial class PasswordPolicy
{
    // A username, case number or name shorter than this would reject far too many good passwords.
    private const int ShortestPersonalInfo = 3;

    private readonly CommonPasswords common;

    public PasswordPolicy(PasswordRules rules, CommonPasswords common)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(common);
        var problems = rules.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(rules));
        Rules = rules with { }; // a copy: configuration binding can still set the caller's instance
        this.common = common;
    }

    public PasswordRules Rules { get; }

    /// <summary>
    /// Checks every requirement; an empty password meets none. Whitespace is allowed but is not the
    /// "special character": a space is invisible on the checklist and often an accident of pasting.
    /// </summary>
    public PasswordCheck Check(string? password, PasswordContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = password ?? string.Empty;
        var present = !string.IsNullOrEmpty(text);
        var runes = text.EnumerateRunes().ToList();
        var length = new StringInfo(text).LengthInTextElements;

        var requirements = new List<PasswordRequirementStatus>
        {
            new(PasswordRequirement.Length, present && length >= Rules.MinLength && length <= Rules.MaxLength),
        };
        if (Rules.RequireUppercase) requirements.Add(new(PasswordRequirement.Uppercase, runes.Any(Rune.IsUpper)));
        if (Rules.RequireLowercase) requirements.Add(new(PasswordRequirement.Lowercase, runes.Any(Rune.IsLower)));
        if (Rules.RequireDigit) requirements.Add(new(PasswordRequirement.Digit, runes.Any(Rune.IsDigit)));
        if (Rules.RequireSymbol) requirements.Add(new(PasswordRequirement.Symbol, runes.Any(IsSymbol)));
        requirements.Add(new(PasswordRequirement.NotCommon, present && !IsOneCharacterRepeated(text) && !common.Contains(text) && !common.IsBuiltOn(text)));
        requirements.Add(new(PasswordRequirement.NoPersonalInfo, present && !ContainsPersonalInfo(text, context)));
        return new PasswordCheck(requirements);
    }

    // "kkkkkkkkkkkk" or twelve spaces: as guessable as anything on the list (NIST SP 800-63B names repetitive
    // characters), however long.
    private static bool IsOneCharacterRepeated(string password)
    {
        var elements = StringInfo.GetTextElementEnumerator(password);
        string? first = null;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            first ??= element;
            if (!string.Equals(element, first, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    // Anything that is not a letter, digit or whitespace: punctuation, symbols, emoji. Combining marks belong
    // to the letter before them and format characters (the joiners inside emoji) to the emoji.
    private static bool IsSymbol(Rune rune)
    {
        if (Rune.IsLetterOrDigit(rune) || Rune.IsWhiteSpace(rune)) return false;
        return Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control);
    }

    private static bool ContainsPersonalInfo(string password, PasswordContext context)
    {
        var userName = context.UserName?.Trim();
        if (userName is { Length: >= ShortestPersonalInfo } && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            return true;

        // Case numbers are typed with or without dashes and spaces; compare digits with digits.
        var caseDigits = WithoutSeparators(context.CaseNumber ?? string.Empty);
        if (caseDigits.Length >= ShortestPersonalInfo && WithoutSeparators(password).Contains(caseDigits, StringComparison.Ordinal))
            return true;

        return context.Names.SelectMany(NameParts).Any(part => password.Contains(part, StringComparison.OrdinalIgnoreCase));
    }

    // "Garcia-Lopez" yields garcia, lopez and garcialopez; "O'Brien" yields brien and obrien; "Al" nothing.
    private static IEnumerable<string> NameParts(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) yield break;
        var parts = LetterRun().Matches(name).Select(m => m.Value).ToArray();
        foreach (var part in parts.Where(p => p.Length >= ShortestPersonalInfo)) yield return part;
        var joined = string.Concat(parts);
        if (parts.Length > 1 && joined.Length >= ShortestPersonalInfo) yield return joined;
    }

    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex LetterRun();

    private static string WithoutSeparators(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-'));
}
