using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Identity;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// The staff case page's payment history download and print view, and its documents' download, under the case's staff address: staff policy
/// on the route, <see cref="StaffAccess"/> again in the service, every use audited, and 404 for no such case.
/// </summary>
public static class StaffEndpoints
{
    public const string PaymentsCsvPattern = "/staff/cases/{caseNumber}/payments.csv";
    public static string PaymentsCsvUrl(CaseNumber caseNumber, PaymentQuery query) => WithRange($"staff/cases/{caseNumber.Digits}/payments.csv", query);

    public static string PaymentsPrintUrl(CaseNumber caseNumber, PaymentQuery query) => WithRange($"staff/cases/{caseNumber.Digits}/payments/print", query);

    public static IEndpointRouteBuilder MapStaff(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PaymentsCsvPattern, DownloadCsvAsync).RequireAuthorization(PortalPolicies.Staff);
        endpoints.MapGet(DocumentLinks.StaffPattern, DownloadDocumentAsync).RequireAuthorization(PortalPolicies.Staff);
        return endpoints;
    }

    private static async Task<IResult> DownloadCsvAsync(
        ClaimsPrincipal user, StaffPaymentHistory history, TimeProvider time, IStringLocalizer<DashboardText> text, string caseNumber, string? from, string? to, CancellationToken ct)
    {
        if (!CaseNumber.TryParse(caseNumber, out var number)) return Results.NotFound();
        if (PaymentRangeParameters.Read(from, to, time) is not DateRangeResult.Valid valid) return PaymentRangeParameters.BadRange();
        var range = new PaymentRange(valid.From, valid.To);
        if (await history.DownloadAsync(user, number, range, ct) is not { } payments) return Results.NotFound();
        var query = PaymentQuery.Default with { From = range.From, To = range.To };
        return PaymentHistoryCsv.File(number, query, payments, text);
    }

    private static async Task<IResult> DownloadDocumentAsync(HttpContext http, ClaimsPrincipal user, StaffDocuments documents, Guid id, CancellationToken ct) =>
        await documents.OpenAsync(user, id, ct) is { } content ? DocumentFiles.Download(content, http.Response) : Results.NotFound();

    private static string WithRange(string path, PaymentQuery query) =>
        PaymentRangeParameters.Of(query) is { Length: > 0 } range ? path + "?" + range : path;
}
