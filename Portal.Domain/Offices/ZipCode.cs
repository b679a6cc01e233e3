namespace Portal.Domain.Offices;

/// <summary>What the office search accepts as a ZIP code, and whether the Postal Service gives it to Arizona.</summary>
public static class ZipCode
{
    /// <summary>Exactly five digits (0-9 only: no other scripts' digits, no spaces, no ZIP+4).</summary>
    public static bool IsWellFormed(string? zip) => zip is { Length: 5 } && zip.All(char.IsAsciiDigit);

    /// <summary>
    /// Arizona's ZIP codes start 850 to 865 (the Postal Service's three-digit prefixes for the state; 854, 858, 861
    /// and 862 are unassigned). A well-formed ZIP outside them is another state's.
    /// </summary>
    public static bool IsArizona(string zip) =>
        IsWellFormed(zip) && int.Parse(zip.AsSpan(0, 3), provider: System.Globalization.CultureInfo.InvariantCulture) is >= 850 and <= 865;
}
