using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Localization;
using Portal.App.Features.Registration;
using Portal.App.Infrastructure.Identity;
using Radzen;

namespace Portal.Tests.Support;

public static class PortalTestServiceCollectionExtensions
{
    /// <summary>
    /// What every component needs in a bUnit test: the app's real localization (the .resx files in Portal.App),
    /// Radzen's services, and authorization with nobody signed in (resolve <see cref="TestAuthenticationStateProvider"/>
    /// to sign someone in). Tests add fakes for a feature's own services on top.
    /// </summary>
    public static IServiceCollection AddPortalTestServices(this IServiceCollection services)
    {
        services.AddPortalLocalization();
        services.AddRadzenComponents();
        // bUnit registers placeholders that fail any authorization: the real services replace them.
        // The app's own policies, for components that ask for one (the menu's AuthorizeView Policy="Parent").
        services.AddAuthorizationCore(options => options.AddPortalPolicies());
        services.Replace(ServiceDescriptor.Transient<IAuthorizationService, DefaultAuthorizationService>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>());
        services.AddCascadingAuthenticationState();
        services.AddSingleton<TestAuthenticationStateProvider>();
        services.AddSingleton<AuthenticationStateProvider>(sp => sp.GetRequiredService<TestAuthenticationStateProvider>());
        // What LiveCircuit (on every interactive page) needs: the circuit's client address and its persisted state.
        services.TryAddScoped<ClientAddress>();
        services.TryAddScoped(_ => new ComponentStatePersistenceManager(NullLogger<ComponentStatePersistenceManager>.Instance));
        services.TryAddScoped(sp => sp.GetRequiredService<ComponentStatePersistenceManager>().State);
        // Forms that check dates against today (a test that controls the clock registers its own after this).
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
