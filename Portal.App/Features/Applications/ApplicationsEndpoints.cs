using System.Security.Claims;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Applications;

/// <summary>The applicant's download of the PDF copy of the application they submitted: 404 when there is none.</summary>
public static class ApplicationsEndpoints
{
    public const string PdfPath = "/apply/pdf";

    public static IEndpointRouteBuilder MapApplications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PdfPath, DownloadAsync).RequireAuthorization(PortalPolicies.Applicant);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, ClaimsPrincipal user, ApplicantApplications applications, CancellationToken ct) =>
        await applications.PdfAsync(user, ct) is { } content ? DocumentFiles.Download(content, http.Response) : Results.NotFound();
}
