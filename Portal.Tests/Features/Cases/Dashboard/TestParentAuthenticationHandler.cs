using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>
/// Signs a request in as the parent named by a header, so HTTP tests reach parent pages without the sign-in flow; or by a
/// cookie, which a browser also sends with the circuit's WebSocket.
/// </summary>
public sealed class TestParentAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestParent";
    public const string PersonIdHeader = "X-Test-Person-Id";
    public const string PersonIdCookie = "test-person-id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? personId = Request.Headers.TryGetValue(PersonIdHeader, out var header) ? header.ToString() : Request.Cookies[PersonIdCookie];
        if (string.IsNullOrEmpty(personId)) return Task.FromResult(AuthenticateResult.NoResult());
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "test.parent"), new Claim(PortalClaims.PersonId, personId)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>Makes this scheme the app's default (in place of its cookie) for a test host.</summary>
    public static void UseAsDefault(IServiceCollection services) => TestAuthentication.UseAsDefault<TestParentAuthenticationHandler>(services, SchemeName);

    public static ClaimsPrincipal Parent(string personId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "test.parent"), new Claim(PortalClaims.PersonId, personId)], SchemeName));
}
