using System.Security.Claims;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Staff.Forms;

/// <summary>
/// A signed form's PDF copy under its staff address: staff policy on the route, <see cref="StaffForms"/> checks again
/// and audits the opening, and 404 for no such form.
/// </summary>
public static class StaffFormsEndpoints
{
    public const string Queue = "/staff/forms";
    public const string PdfPattern = "/staff/forms/{id:guid}/pdf";

    public static string Form(Guid id) => $"/staff/forms/{id:D}";

    public static string Pdf(Guid id) => $"/staff/forms/{id:D}/pdf";

    public static IEndpointRouteBuilder MapStaffForms(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PdfPattern, DownloadAsync).RequireAuthorization(PortalPolicies.Staff);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, ClaimsPrincipal user, StaffForms forms, Guid id, CancellationToken ct) =>
        await forms.PdfAsync(user, id, ct) is { } content ? DocumentFiles.Download(content, http.Response) : Results.NotFound();
}
