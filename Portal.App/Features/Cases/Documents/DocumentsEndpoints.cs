using System.Security.Claims;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Cases.Documents;

/// <summary>A parent's download of a document they uploaded: the same 404 for one that is not theirs, not clean yet, or does not exist.</summary>
public static class DocumentsEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DocumentLinks.ParentPattern, DownloadAsync).RequireAuthorization(PortalPolicies.Parent);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, ClaimsPrincipal user, CaseDocuments documents, Guid id, CancellationToken ct) =>
        await documents.OpenMineAsync(user, id, ct) is { } content ? DocumentFiles.Download(content, http.Response) : Results.NotFound();
}
