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

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
