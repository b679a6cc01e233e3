using System.Security.Claims;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Cases.Forms;

/// <summary>A parent's download of the PDF copy of a form they signed: the same 404 for one that is not theirs or does not exist.</summary>
public static class FormsEndpoints
{
    public static IEndpointRouteBuilder MapForms(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FormLinks.PdfPattern, DownloadAsync).RequireAuthorization(PortalPolicies.Parent);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, ClaimsPrincipal user, ParentForms forms, Guid id, CancellationToken ct) =>
        await forms.PdfAsync(user, id, ct) is { } content ? DocumentFiles.Download(content, http.Response) : Results.NotFound();
}
