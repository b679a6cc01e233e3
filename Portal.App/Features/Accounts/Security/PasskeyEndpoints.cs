using Microsoft.AspNetCore.Antiforgery;

namespace Portal.App.Features.Accounts.Security;

public static class PasskeyEndpoints
{
    public const string OptionsPath = "/account/passkeys/options";

    public const string AddPath = "/account/passkeys";

    /// <summary>What passkeys.js learns from a refusal: a recent sign-in is needed first (the page asks for the password).</summary>
    public const string RecentSignInNeeded = "recent-sign-in";

    /// <summary>
    /// POST /account/passkeys/options: the creation options passkeys.js hands to navigator.credentials.create().
    /// POST /account/passkeys (JSON: the credential and its name): the authenticator's answer, added to the account.
    /// Both for the signed-in account only, with the page's antiforgery token in the RequestVerificationToken header,
    /// and a recent sign-in (403 "recent-sign-in" otherwise). The interactive page cannot carry Identity's challenge
    /// cookie over its circuit, hence plain HTTP.
    /// </summary>
    public static IEndpointRouteBuilder MapPasskeys(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").RequireAuthorization().DisableAntiforgery(); // checked below, from the header
        group.MapPost(OptionsPath, async (HttpContext http, IAntiforgery antiforgery, AccountPasskeys passkeys) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            http.Response.Headers.CacheControl = "no-store";
            return await passkeys.CreationOptionsAsync(http) is { } options
                ? Results.Content(options, "application/json")
                : Results.Json(new PasskeyAnswer(RecentSignInNeeded), statusCode: StatusCodes.Status403Forbidden);
        });
        group.MapPost(AddPath, async (HttpContext http, IAntiforgery antiforgery, AccountPasskeys passkeys, NewPasskey body) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http) || string.IsNullOrEmpty(body.CredentialJson)) return Results.BadRequest();
            var result = await passkeys.AddAsync(http, body.CredentialJson, body.Name);
            return result switch
            {
                PasskeyChangeResult.Done => Results.Json(new PasskeyAnswer("added")),
                PasskeyChangeResult.RecentSignInNeeded => Results.Json(new PasskeyAnswer(RecentSignInNeeded), statusCode: StatusCodes.Status403Forbidden),
                _ => Results.Json(new PasskeyAnswer(result.ToString()), statusCode: StatusCodes.Status400BadRequest),
            };
        });
        return endpoints;
    }

    /// <summary>What passkeys.js posts once the authenticator made a passkey.</summary>
    public sealed record NewPasskey(string? CredentialJson, string? Name);

    /// <summary>What passkeys.js reads back: "added", "recent-sign-in", or why it was not added.</summary>
    public sealed record PasskeyAnswer(string Result);
}
