using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Localization;
using Radzen;

namespace Portal.Tests.Support;

public static class PortalTestServiceCollectionExtensions
{
    /// <summary>
    /// What every component needs in a bUnit test: the app's real localization (the .resx files in Portal.App)
    /// and Radzen's services. Tests add fakes for a feature's own services on top.
    /// </summary>
    public static IServiceCollection AddPortalTestServices(this IServiceCollection services)
    {
        services.AddPortalLocalization();
        services.AddRadzenComponents();
        return services;
    }
}
