using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Portal.App.Platform.Session;

public static class SessionEndpoints
{
    public const string KeepAlivePath = "/session/keepalive";

    /// <summary>
    /// POST /session/keepalive (antiforgery token in the RequestVerificationToken header): an open page's sign that
    /// the person is active. A live circuit makes no HTTP requests, so without it the sliding cookie would run out
    /// while someone works. Re-issues the cookie, so the idle timeout counts from now (the cookie handler's own
    /// sliding renews only past half its lifetime). 204, or 401 when the session has already ended.
    /// </summary>
    public static IEndpointRouteBuilder MapSessionKeepAlive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(KeepAlivePath, async (HttpContext http, IAntiforgery antiforgery) =>
        {
            var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (!session.Succeeded || session.Principal.Identity?.IsAuthenticated != true) return Results.Unauthorized();
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();

            // Same claims (when the sign-in began, the security stamp), a new expiry.
            var properties = session.Properties;
            properties.IssuedUtc = null;
            properties.ExpiresUtc = null;
            await http.SignInAsync(IdentityConstants.ApplicationScheme, session.Principal, properties);
            return Results.NoContent();
        }).DisableAntiforgery(); // checked above, from the header: the request has no form
        return endpoints;
    }
}
