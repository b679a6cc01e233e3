namespace Portal.Domain.Accounts;

/// <summary>
/// What a password must be: its length in characters as the user sees them, and which kinds of character it
/// must contain. The app binds configuration to one of the presets or sets the fields itself.
/// </summary>
/// <remarks>
/// Each preset is a new instance: configuration binding sets init-only properties, so binding overrides into
/// a shared preset would quietly change the rule for every caller. Binding needs all six keys with
/// <c>Get&lt;PasswordRules&gt;()</c>; to override a few, bind into a preset
/// (<c>var rules = PasswordRules.Nist; section.Bind(rules);</c>).
/// </remarks>
public sealed record PasswordRules(
    int MinLength,
    int MaxLength,
    bool RequireUppercase,
    bool RequireLowercase,
    bool RequireDigit,
    bool RequireSymbol)
{
    /// <summary>The rule the Division publishes: 8 to 24 characters with one each of A, a, 1 and !.</summary>
    public static PasswordRules Arizona => new(8, 24, true, true, true, true);

    /// <summary>
    /// NIST SP 800-63B: length only, no composition rules; screening against common passwords does the rest.
    /// 64 is the longest a verifier must at least accept.
    /// </summary>
    public static PasswordRules Nist => new(8, 64, false, false, false, false);

    /// <summary>Why these rules cannot be used, for start-up validation; empty when they can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MinLength < 1) problems.Add($"{nameof(MinLength)} must be at least 1.");
        if (MaxLength < MinLength) problems.Add($"{nameof(MaxLength)} must be at least {nameof(MinLength)}.");
        var requiredKinds = new[] { RequireUppercase, RequireLowercase, RequireDigit, RequireSymbol }.Count(r => r);
        if (MaxLength < requiredKinds) problems.Add($"{nameof(MaxLength)} leaves no room for the {requiredKinds} required kinds of character.");
        return problems;
    }
}
