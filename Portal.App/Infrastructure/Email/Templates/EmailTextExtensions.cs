using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Wording several messages share: the greeting and how a moment in time is written.</summary>
public static class EmailTextExtensions
{
    /// <summary>"Hello Ana," / "Hola, Ana:"; a plain "Hello," when the account has no name to use.</summary>
    public static string Greeting(this IStringLocalizer<EmailText> text, string? displayName) =>
        string.IsNullOrWhiteSpace(displayName)
            ? text["Common.GreetingWithoutName"]
            : text["Common.Greeting", displayName.Trim()];

    /// <summary>
    /// The instant as a date and time in Arizona, saying so ("November 23, 2026 at 10:15 AM Arizona time").
    /// The format lives in the resx, so each language controls its own word order.
    /// </summary>
    public static string ArizonaDateTime(this IStringLocalizer<EmailText> text, DateTimeOffset instant)
    {
        var arizona = ArizonaTime.From(instant);
        // Spanish says "a la 1:15" but "a las 10:15": the hour shown picks the article, so there is a format for each.
        var twelveHourClock = CultureInfo.CurrentCulture.DateTimeFormat.ShortTimePattern.Contains('h', StringComparison.Ordinal);
        var shownHour = twelveHourClock ? arizona.Hour % 12 : arizona.Hour;
        var key = shownHour == 1 ? "Common.ArizonaDateTimeAtOne" : "Common.ArizonaDateTime";
        return KeepTogether(text[key, arizona]);
    }

    /// <summary>
    /// ICU writes a narrow no-break space before "AM"/"a. m.", which some mail programs and fonts show as a box
    /// or a question mark; a plain no-break space still keeps the time on one line and shows everywhere.
    /// </summary>
    public static string KeepTogether(string formatted) => formatted.Replace('\u202F', '\u00A0');
}
