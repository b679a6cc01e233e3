using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Identity;
using Portal.Domain;
using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

/// <summary>The parent's payment history download: the same access rule as the page, and the same 404 for a case they are not on as for no case.</summary>
public static class DashboardEndpoints
{
    public const string PaymentsCsvPath = "/dashboard/payments.csv";
    public const string PaymentsPrintPath = "/dashboard/payments/print";

    public static string PaymentsCsvUrl(CaseNumber caseNumber, PaymentQuery query) => WithRange(PaymentsCsvPath, caseNumber, query);

    public static string PaymentsPrintUrl(CaseNumber caseNumber, PaymentQuery query) => WithRange(PaymentsPrintPath, caseNumber, query);

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PaymentsCsvPath, DownloadCsvAsync).RequireAuthorization(PortalPolicies.Parent);
        return endpoints;
    }

    private static async Task<IResult> DownloadCsvAsync(
        HttpContext http, ParentCaseAccess access, DashboardService dashboards, TimeProvider time, IStringLocalizer<DashboardText> text,
        [FromQuery(Name = "case")] string? caseText, [FromQuery] string? from, [FromQuery] string? to, CancellationToken ct)
    {
        if (await access.ResolveAsync(http.User, caseText, ct) is not { } caseNumber) return Results.NotFound();
        if (ReadRange(from, to, time) is not DateRangeResult.Valid range) return BadRange();
        var query = PaymentQuery.Default with { From = range.From, To = range.To };
        var payments = await dashboards.LoadAllPaymentsAsync(caseNumber, query.From, query.To, ct);
        if (payments is null) return Results.NotFound();
        return PaymentHistoryCsv.File(caseNumber, query, payments, text);
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// A from/to pair from a URL: unreadable text is an open end (as before), but a date outside
    /// <see cref="SaneDates"/> or a To before From is not valid. The downloads answer 400 to that; the print views
    /// print all dates (and say so), since only a hand-edited address gets there: the forms never link it.
    /// </summary>
    public static DateRangeResult ReadRange(string? from, string? to, TimeProvider time) =>
        SaneDates.Check(ParseDate(from), ParseDate(to), ArizonaTime.Today(time));

    /// <summary>
    /// The downloads' answer to a range <see cref="ReadRange"/> refused: 400 with a line saying why. It has a body so
    /// the status-code pages leave it alone (an empty 400 would be re-executed into the not-found page).
    /// </summary>
    public static IResult BadRange() => Results.Text(
        "The dates must lie between 1900-01-01 and a year from today, and \"to\" may not be before \"from\".",
        "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The range as query parameters ("from=2026-01-01&amp;to=…"), empty for all dates: what <see cref="ParseDate"/> reads back.</summary>
    public static string RangeParameters(PaymentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>(2);
        if (query.From is { } from) parts.Add("from=" + DashboardFormat.IsoDate(from));
        if (query.To is { } to) parts.Add("to=" + DashboardFormat.IsoDate(to));
        return string.Join('&', parts);
    }

    private static string WithRange(string path, CaseNumber caseNumber, PaymentQuery query) =>
        $"{path.TrimStart('/')}?case={caseNumber.Digits}" + (RangeParameters(query) is { Length: > 0 } range ? "&" + range : "");
}
