using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Identity;
using Portal.App.Infrastructure.Pdf;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.App.Features.Cases.Shared;

namespace Portal.App.Features.Cases.Dashboard;

/// <summary>
/// The parent's downloads (the payment history, a month's statement as PDF or CSV): the same access rule as the pages,
/// and the same 404 for a case they are not on as for no case.
/// </summary>
public static class DashboardEndpoints
{
    public const string PaymentsCsvPath = "/dashboard/payments.csv";
    public const string PaymentsPrintPath = "/dashboard/payments/print";
    public const string StatementPath = "/dashboard/statement";
    public const string StatementPdfPath = "/dashboard/statement.pdf";
    public const string StatementCsvPath = "/dashboard/statement.csv";

    public static string TrackerUrl(string receiptNumber) => $"/dashboard/payments/{Uri.EscapeDataString(receiptNumber)}";

    /// <summary>The statement page of a case, at one month ("2026-11") or the latest.</summary>
    public static string StatementUrl(CaseNumber caseNumber, DateOnly? month) => StatementLink(StatementPath, caseNumber, month);

    public static string StatementPdfUrl(CaseNumber caseNumber, DateOnly month) => StatementLink(StatementPdfPath, caseNumber, month);

    public static string StatementCsvUrl(CaseNumber caseNumber, DateOnly month) => StatementLink(StatementCsvPath, caseNumber, month);

    private static string StatementLink(string path, CaseNumber caseNumber, DateOnly? month) =>
        $"{path}?case={caseNumber.Digits}" + (month is { } m ? "&month=" + StatementMonths.Key(m) : "");

    public static string PaymentsCsvUrl(CaseNumber caseNumber, PaymentQuery query) => WithRange(PaymentsCsvPath, caseNumber, query);

    public static string PaymentsPrintUrl(CaseNumber caseNumber, PaymentQuery query) => WithRange(PaymentsPrintPath, caseNumber, query);

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PaymentsCsvPath, DownloadCsvAsync).RequireAuthorization(PortalPolicies.Parent);
        endpoints.MapGet(StatementPdfPath, DownloadStatementPdfAsync).RequireAuthorization(PortalPolicies.Parent);
        endpoints.MapGet(StatementCsvPath, DownloadStatementCsvAsync).RequireAuthorization(PortalPolicies.Parent);
        return endpoints;
    }

    private static async Task<IResult> DownloadCsvAsync(
        HttpContext http, ParentCaseAccess access, CaseDashboards dashboards, TimeProvider time, IStringLocalizer<DashboardText> text,
        [FromQuery(Name = "case")] string? caseText, [FromQuery] string? from, [FromQuery] string? to, CancellationToken ct)
    {
        if (await access.ResolveAsync(http.User, caseText, ct) is not { } caseNumber) return Results.NotFound();
        if (PaymentRangeParameters.Read(from, to, time) is not DateRangeResult.Valid range) return PaymentRangeParameters.BadRange();
        var query = PaymentQuery.Default with { From = range.From, To = range.To };
        var payments = await dashboards.LoadAllPaymentsAsync(caseNumber, query.From, query.To, ct);
        if (payments is null) return Results.NotFound();
        return PaymentHistoryCsv.File(caseNumber, query, payments, text);
    }

    private static async Task<IResult> DownloadStatementPdfAsync(
        HttpContext http, CaseStatements statements, StatementFiles files,
        [FromQuery(Name = "case")] string? caseText, [FromQuery] string? month, CancellationToken ct)
    {
        if (await statements.ForAsync(http.User, caseText, ct) is not { } view || view.Month(month) is not { } shown) return Results.NotFound();
        return StatementFiles.Download(PdfRenderer.Render(files.Pdf(view, shown)), "application/pdf", StatementFiles.FileName(view, shown, "pdf"), http.Response);
    }

    /// <remarks>With a byte order mark, as the payment history's CSV: Excel on Windows then reads the accents.</remarks>
    private static async Task<IResult> DownloadStatementCsvAsync(
        HttpContext http, CaseStatements statements, StatementFiles files,
        [FromQuery(Name = "case")] string? caseText, [FromQuery] string? month, CancellationToken ct)
    {
        if (await statements.ForAsync(http.User, caseText, ct) is not { } view || view.Month(month) is not { } shown) return Results.NotFound();
        byte[] content = [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(files.Csv(shown))];
        return StatementFiles.Download(content, PaymentHistoryCsv.ContentType, StatementFiles.FileName(view, shown, "csv"), http.Response);
    }

    private static string WithRange(string path, CaseNumber caseNumber, PaymentQuery query) =>
        $"{path.TrimStart('/')}?case={caseNumber.Digits}" + (PaymentRangeParameters.Of(query) is { Length: > 0 } range ? "&" + range : "");
}
