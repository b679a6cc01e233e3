using System.Globalization;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// How the payment table writes a row's date and amount in one language, worked out once per row and language instead
/// of at every render (<see cref="SharedTexts{TSource, TText}"/>; formatting was a tenth of an update's CPU time).
/// </summary>
public sealed record PaymentRowText(string ReceivedOn, string ReceivedOnIso, string Amount)
{
    private static readonly SharedTexts<PaymentRow, PaymentRowText> Cache = new();

    /// <summary>
    /// The row in the current culture; <paramref name="dateFormat"/> is that language's date format (from its resources,
    /// so the culture's name is the whole key, and finding a known row allocates nothing).
    /// </summary>
    public static PaymentRowText Of(PaymentRow row, string dateFormat) =>
        Cache.Of(row, CultureInfo.CurrentCulture.Name, dateFormat, static (row, dateFormat) =>
            new PaymentRowText(row.ReceivedOn.ToString(dateFormat, CultureInfo.CurrentCulture), DashboardFormat.IsoDate(row.ReceivedOn), DashboardFormat.Money(row.Amount)));
}
