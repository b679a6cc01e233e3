using Microsoft.AspNetCore.Authorization;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// Keeps a parent whose security questions staff reset from skipping the renewal: sign-in goes to it first, and every
/// other parent page or download (any endpoint that requires the Parent policy, or Customer: the dashboard and profile parents share with applicants) sends them back to it until it is done.
/// Pages are reached over HTTP (enhanced navigation too), never by routing inside a circuit, so this sees them all.
/// </summary>
public sealed class SecurityQuestionsRenewalGate(RequestDelegate next, SecurityQuestionsRenewal renewal)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (RequiresParent(context.GetEndpoint())
            && !context.Request.Path.StartsWithSegments(SecurityQuestionsRenewal.PagePath, StringComparison.OrdinalIgnoreCase)
            && await renewal.IsRequiredAsync(context.User, context.RequestAborted))
        {
            context.Response.Redirect(SecurityQuestionsRenewal.PagePath);
            return;
        }
        await next(context);
    }

    private static bool RequiresParent(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is PortalPolicies.Parent or PortalPolicies.Customer) == true;
}
