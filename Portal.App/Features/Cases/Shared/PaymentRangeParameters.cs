using System.Globalization;
using Portal.Domain;

namespace Portal.App.Features.Cases.Shared;

/// <summary>A payment range in a URL ("from=2026-01-01&amp;to=…"): read and written the same way by every page and download.</summary>
public static class PaymentRangeParameters
{
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// A from/to pair from a URL: unreadable text is an open end (as before), but a date outside
    /// <see cref="SaneDates"/> or a To before From is not valid. The downloads answer 400 to that; the print views
    /// print all dates (and say so), since only a hand-edited address gets there: the forms never link it.
    /// </summary>
    public static DateRangeResult Read(string? from, string? to, TimeProvider time) =>
        SaneDates.Check(ParseDate(from), ParseDate(to), ArizonaTime.Today(time));

    /// <summary>
    /// The downloads' answer to a range <see cref="Read"/> refused: 400 with a line saying why. It has a body so
    /// the status-code pages leave it alone (an empty 400 would be re-executed into the not-found page).
    /// </summary>
    public static IResult BadRange() => Results.Text(
        "The dates must lie between 1900-01-01 and a year from today, and \"to\" may not be before \"from\".",
        "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The range as query parameters ("from=2026-01-01&amp;to=…"), empty for all dates: what <see cref="ParseDate"/> reads back.</summary>
    public static string Of(PaymentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>(2);
        if (query.From is { } from) parts.Add("from=" + DashboardFormat.IsoDate(from));
        if (query.To is { } to) parts.Add("to=" + DashboardFormat.IsoDate(to));
        return string.Join('&', parts);
    }
}
