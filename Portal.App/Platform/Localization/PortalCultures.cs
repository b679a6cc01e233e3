using System.Globalization;

namespace Portal.App.Platform.Localization;

/// <summary>The cultures the portal is written in; English is the default.</summary>
public static class PortalCultures
{
    /// <summary>United States English.</summary>
    public const string English = "en-US";

    /// <summary>
    /// United States Spanish: unlike neutral "es" it keeps dollar amounts, US dates and a period as the decimal separator.
    /// </summary>
    public const string Spanish = "es-US";

    public const string Default = English;

    public static IReadOnlyList<string> Supported { get; } = [English, Spanish];

    /// <summary>The supported culture with this name (ignoring case), or null when the portal is not written in it.</summary>
    public static CultureInfo? Find(string? name) =>
        Supported.FirstOrDefault(supported => string.Equals(supported, name, StringComparison.OrdinalIgnoreCase)) is { } match
            ? CultureInfo.GetCultureInfo(match)
            : null;

    /// <summary>The supported culture for a language such as "es" or "es-MX" (any Spanish maps to es-US), or null.</summary>
    public static CultureInfo? ForLanguage(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return null;
        }

        var language = languageTag.Split('-', 2)[0];
        return Supported.FirstOrDefault(supported => supported.StartsWith(language + "-", StringComparison.OrdinalIgnoreCase)) is { } match
            ? CultureInfo.GetCultureInfo(match)
            : null;
    }

    /// <summary>The language to offer in the language switch: the other one.</summary>
    public static CultureInfo Alternative(CultureInfo current) =>
        CultureInfo.GetCultureInfo(current.TwoLetterISOLanguageName == "es" ? English : Spanish);
}
