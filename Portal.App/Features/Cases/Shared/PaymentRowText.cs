using System.Globalization;
using System.Runtime.CompilerServices;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// How the payment table writes a row's date and amount in one language, worked out once per row and language instead
/// of at every render: the open dashboards of a case show the same row instances (<see cref="CaseDashboardFeed"/>), and
/// each update of the case renders all of them again (formatting was a tenth of an update's CPU time).
/// </summary>
public sealed record PaymentRowText(string ReceivedOn, string ReceivedOnIso, string Amount)
{
    private static readonly ConditionalWeakTable<PaymentRow, Texts> Cache = new();

    /// <summary>The row in the current culture; <paramref name="dateFormat"/> is that language's date format.</summary>
    public static PaymentRowText Of(PaymentRow row, string dateFormat)
    {
        ArgumentNullException.ThrowIfNull(row);
        var culture = CultureInfo.CurrentCulture;
        var texts = Cache.GetValue(row, static _ => new Texts());
        if (texts.Find(culture.Name, dateFormat) is { } known) return known;
        var text = new PaymentRowText(row.ReceivedOn.ToString(dateFormat, culture), DashboardFormat.IsoDate(row.ReceivedOn), DashboardFormat.Money(row.Amount));
        texts.Add(culture.Name, dateFormat, text);
        return text;
    }

    // A row is shown in one language or two: a small array, replaced whole (a lost race only means formatting again).
    private sealed class Texts
    {
        private (string Culture, string DateFormat, PaymentRowText Text)[] entries = [];

        public PaymentRowText? Find(string culture, string dateFormat)
        {
            foreach (var entry in Volatile.Read(ref entries))
            {
                if (entry.Culture == culture && entry.DateFormat == dateFormat) return entry.Text;
            }
            return null;
        }

        public void Add(string culture, string dateFormat, PaymentRowText text) =>
            Volatile.Write(ref entries, [.. Volatile.Read(ref entries), (culture, dateFormat, text)]);
    }
}
