namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// A coarse description of a browser from its User-Agent, for the account's session list ("Chrome on Android"):
/// only the browser family and the operating system, never versions or the rest of the string.
/// </summary>
public sealed record ClientDevice(string? Browser, string? Platform)
{
    // Order matters: Edge, Opera and Samsung Internet also name Chrome and Safari; Chrome also names Safari.
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Platforms =
    [
        ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"), ("CrOS", "ChromeOS"), ("Windows", "Windows"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static ClientDevice FromUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return new(null, null);
        return new(First(Browsers, userAgent), First(Platforms, userAgent));
    }

    private static string? First((string Token, string Name)[] candidates, string userAgent)
    {
        foreach (var (token, name) in candidates)
        {
            if (userAgent.Contains(token, StringComparison.Ordinal)) return name;
        }
        return null;
    }
}
