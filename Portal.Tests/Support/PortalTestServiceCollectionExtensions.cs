using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Platform.Localization;
using Portal.App.Platform.Session;
using Portal.App.Infrastructure.Identity;
using MudBlazor.Services;

namespace Portal.Tests.Support;

public static class PortalTestServiceCollectionExtensions
{
    /// <summary>
    /// What every component needs in a bUnit test: the app's real localization (the .resx files in Portal.App),
    /// MudBlazor's services, and bUnit's authorization with nobody signed in. Tests add fakes for a feature's own
    /// services on top, and sign someone in through the returned context (also registered as a service).
    /// </summary>
    public static BunitAuthorizationContext AddPortalTestServices(this BunitContext context)
    {
        var services = context.Services;
        services.AddPortalLocalization();
        services.AddMudServices();
        var authorization = context.AddAuthorization();
        services.AddSingleton(authorization);
        // bUnit decides policies by name; here the app's own policies decide (the menu's AuthorizeView Policy="Parent"),
        // from the claims a test signs in with. Registered last, so they are the ones resolved.
        services.AddAuthorizationCore(options => options.AddPortalPolicies());
        services.AddTransient<IAuthorizationService, DefaultAuthorizationService>();
        services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        // What LiveCircuit (on every interactive page) needs: the circuit's client address and its persisted state.
        services.TryAddScoped<ClientAddress>();
        services.TryAddScoped(_ => new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance));
        services.TryAddScoped(sp => sp.GetRequiredService<ComponentStatePersistenceManager>().State);
        // Forms that check dates against today (a test that controls the clock registers its own after this).
        services.TryAddSingleton(TimeProvider.System);
        return authorization;
    }

    /// <summary>Signs <paramref name="userName"/> in with these claims (a role is a <see cref="ClaimTypes.Role"/> claim).</summary>
    public static void SignIn(this BunitAuthorizationContext authorization, string userName, params Claim[] claims) =>
        authorization.SetClaims(claims).SetAuthorized(userName);
}
