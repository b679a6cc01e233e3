using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>How the dashboard writes case numbers, dates and amounts, in the current culture.</summary>
public static class DashboardFormat
{
    /// <summary>"8060961680" as "806-096-1680": read in groups, like a phone number.</summary>
    public static string CaseNumberForReading(CaseNumber caseNumber) =>
        caseNumber.Digits is { Length: CaseNumber.Length } d ? $"{d[..3]}-{d[3..6]}-{d[6..]}" : caseNumber.ToString();

    public static string Money(Money amount) => amount.ToString(CultureInfo.CurrentCulture);

    /// <summary>A date in the culture's short form from the resources ("Nov 22, 2026", "22 nov 2026").</summary>
    public static string Date(IStringLocalizer<DashboardText> text, DateOnly date) =>
        date.ToString(text["DateFormat"], CultureInfo.CurrentCulture);

    /// <summary>An instant as its Arizona date.</summary>
    public static string Date(IStringLocalizer<DashboardText> text, DateTimeOffset instant) =>
        Date(text, DateOnly.FromDateTime(ArizonaTime.From(instant).DateTime));

    /// <summary>Day and month for announcements ("November 22", "22 de noviembre").</summary>
    public static string DayAndMonth(IStringLocalizer<DashboardText> text, DateOnly date) =>
        date.ToString(text["DayMonthFormat"], CultureInfo.CurrentCulture);

    /// <summary>Text as a quoted CSS string, for generated content (content: var(--label-1)).</summary>
    public static string CssString(string text) =>
        "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("\n", "\\A ", StringComparison.Ordinal) + "'";

    /// <summary>
    /// The words of a live update's marks as CSS custom properties (--mark-new, --mark-updated) for generated content:
    /// set once on the dashboard, so a marked row or figure costs a live circuit a class, not an element and its text.
    /// One string per language.
    /// </summary>
    public static string MarkLabels(IStringLocalizer<DashboardText> text) =>
        MarkLabelStyles.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, text) =>
            $"--mark-new:{CssString(text["MarkNew"].Value)};--mark-updated:{CssString(text["MarkUpdated"].Value)}", text);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> MarkLabelStyles = new();

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
