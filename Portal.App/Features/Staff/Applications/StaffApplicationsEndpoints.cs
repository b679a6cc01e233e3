using System.Security.Claims;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Staff.Applications;

/// <summary>
/// A document sent with an application, under its staff address: staff policy on the route, <see cref="StaffApplications"/>
/// checks again and audits the download, and 404 for no such document (or one not served: in quarantine, infected).
/// </summary>
public static class StaffApplicationsEndpoints
{
    public const string DocumentPattern = "/staff/applications/{id:guid}/documents/{documentId:guid}";

    public static string Document(Guid id, Guid documentId) => $"/staff/applications/{id:D}/documents/{documentId:D}";

    public static IEndpointRouteBuilder MapStaffApplications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DocumentPattern, DownloadAsync).RequireAuthorization(PortalPolicies.Staff);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, ClaimsPrincipal user, StaffApplications applications, Guid id, Guid documentId, CancellationToken ct) =>
        await applications.OpenDocumentAsync(user, id, documentId, ct) is { } content ? DocumentFiles.Download(content, http.Response) : Results.NotFound();
}
