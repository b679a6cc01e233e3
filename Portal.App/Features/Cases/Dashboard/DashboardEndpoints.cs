using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Identity;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.App.Features.Cases.Shared;

namespace Portal.App.Features.Cases.Dashboard;

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

    private static string WithRange(string path, CaseNumber caseNumber, PaymentQuery query) =>
        $"{path.TrimStart('/')}?case={caseNumber.Digits}" + (PaymentRangeParameters.Of(query) is { Length: > 0 } range ? "&" + range : "");
}
