using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>
/// Signs a request in from a header, so the document routes are read as each role without the sign-in flow:
/// "parent:{person id}" (user id "user-{person id}"), "caseworker" or "supervisor". No header: anonymous.
/// </summary>
public sealed class DocumentsTestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestDocuments";
    public const string UserHeader = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var header) || header.ToString() is not { Length: > 0 } who) return Task.FromResult(AuthenticateResult.NoResult());
        var principal = PrincipalFor(who, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    // As the app's cookie does: to sign in, or to the refusal page.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Redirect("/signin");
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Redirect("/access-denied");
        return Task.CompletedTask;
    }

    /// <summary>The principal for "parent:{person id}", "parent:{person id}:{user id}", "caseworker" or "supervisor"; null for "anonymous".</summary>
    public static ClaimsPrincipal PrincipalFor(string who, string scheme = SchemeName)
    {
        if (who == "anonymous") return new ClaimsPrincipal(new ClaimsIdentity());
        var parts = who.Split(':');
        Claim[] claims = parts[0] switch
        {
            "parent" => [new Claim(ClaimTypes.NameIdentifier, parts.Length > 2 ? parts[2] : "user-" + parts[1]), new Claim(ClaimTypes.Name, "parent." + parts[1]), new Claim(PortalClaims.PersonId, parts[1])],
            "caseworker" => [new Claim(ClaimTypes.NameIdentifier, "caseworker-id"), new Claim(ClaimTypes.Name, "caseworker"), new Claim(ClaimTypes.Role, PortalRoles.Caseworker)],
            "supervisor" => [new Claim(ClaimTypes.NameIdentifier, "supervisor-id"), new Claim(ClaimTypes.Name, "supervisor"), new Claim(ClaimTypes.Role, PortalRoles.Supervisor)],
            _ => throw new ArgumentException($"Unknown test user {who}", nameof(who)),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static void UseAsDefault(IServiceCollection services) => TestAuthentication.UseAsDefault<DocumentsTestAuthenticationHandler>(services, SchemeName);
}
