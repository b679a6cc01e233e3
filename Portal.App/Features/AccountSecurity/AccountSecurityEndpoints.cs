namespace Portal.App.Features.AccountSecurity;

public static class AccountSecurityEndpoints
{
    /// <summary>What the security page says after a renewal, by the change that caused it (anything else is ignored).</summary>
    public static readonly IReadOnlySet<string> Changes = new HashSet<string>(StringComparer.Ordinal) { "password", "authenticator-off" };

    /// <summary>
    /// GET /account/session/renew?ticket=…&amp;changed=…: the full page load after a change that ended every session,
    /// which gives this browser a fresh cookie (see <see cref="SessionRenewal"/>) and returns it to the security page.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountSecurity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SessionRenewal.Path, async (HttpContext http, SessionRenewal renewal, string? ticket, string? changed) =>
        {
            var change = changed is not null && Changes.Contains(changed) ? changed : null;
            return await renewal.RenewAsync(http, ticket)
                ? Results.LocalRedirect(change is null ? "/account/security" : $"/account/security?changed={change}")
                : Results.LocalRedirect("/signin?returnUrl=%2Faccount%2Fsecurity");
        });
        return endpoints;
    }
}
