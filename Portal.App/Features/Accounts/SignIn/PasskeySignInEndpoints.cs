using Microsoft.AspNetCore.Antiforgery;

namespace Portal.App.Features.Accounts.SignIn;

public static class PasskeySignInEndpoints
{
    public const string OptionsPath = "/signin/passkey/options";

    /// <summary>
    /// POST /signin/passkey/options (the sign-in page's antiforgery token in the form): the WebAuthn request options
    /// passkeys.js hands to navigator.credentials.get(). The answer goes back through the page's own form post.
    /// </summary>
    public static IEndpointRouteBuilder MapPasskeySignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(OptionsPath, async (HttpContext http, IAntiforgery antiforgery, AccountSignIn signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            http.Response.Headers.CacheControl = "no-store";
            return Results.Content(await signIn.PasskeyRequestOptionsAsync(), "application/json");
        }).DisableAntiforgery(); // checked above: the body is a plain form with the token, no bound parameters
        return endpoints;
    }
}
