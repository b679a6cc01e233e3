namespace Portal.Domain.Accounts;

/// <summary>The name a parent gives a passkey, so they can tell their phone's from their laptop's.</summary>
public static class PasskeyName
{
    public const int MaxLength = 50;

    /// <summary>The name as stored: trimmed, with control characters (line breaks, tabs) turned into spaces.</summary>
    public static string Normalise(string? name) =>
        new string((name ?? string.Empty).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();

    public static PasskeyNameProblem Check(string? name)
    {
        var normalised = Normalise(name);
        if (normalised.Length == 0) return PasskeyNameProblem.Missing;
        return normalised.Length > MaxLength ? PasskeyNameProblem.TooLong : PasskeyNameProblem.None;
    }
}
