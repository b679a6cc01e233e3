namespace Portal.Domain.Accounts;

/// <summary>
/// Passwords attackers try first. A password on the list, or one that is a listed word with digits and
/// symbols stuck on either end ("Summer2024!", "!!Password1"), is refused: composition rules alone let
/// those through.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "Portal.Domain.common-passwords.txt";

    // Shorter cores are too likely to be an accident of a strong password ("Abc" in "Abc#9x...").
    private const int ShortestCore = 4;

    private static readonly Lazy<CommonPasswords> bundled = new(LoadBundled);

    private readonly HashSet<string> passwords;

    public CommonPasswords(IEnumerable<string> passwords)
    {
        ArgumentNullException.ThrowIfNull(passwords);
        this.passwords = new HashSet<string>(
            passwords.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The 10,000 most common passwords embedded in this assembly, read on first use.</summary>
    public static CommonPasswords Bundled => bundled.Value;

    public int Count => passwords.Count;

    /// <summary>True when the password is on the list, ignoring case.</summary>
    public bool Contains(string password) => !string.IsNullOrEmpty(password) && passwords.Contains(password);

    /// <summary>
    /// True when the password, lower-cased and stripped of leading and trailing digits and symbols, is a listed
    /// password of at least four characters.
    /// </summary>
    public bool IsBuiltOn(string password)
    {
        if (string.IsNullOrEmpty(password)) return false;
        var lower = password.ToLowerInvariant();
        int start = 0, end = lower.Length;
        while (start < end && !char.IsLetter(lower[start])) start++;
        while (end > start && !char.IsLetter(lower[end - 1])) end--;
        return end - start >= ShortestCore && passwords.Contains(lower[start..end]);
    }

    private static CommonPasswords LoadBundled()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from Portal.Domain.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>(capacity: 10_000);
        while (reader.ReadLine() is { } line) lines.Add(line);
        return new CommonPasswords(lines);
    }
}
