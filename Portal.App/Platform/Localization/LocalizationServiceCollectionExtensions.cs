using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.App.Platform.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// English and Spanish text from .resx files beside each component, with the visitor's choice read
    /// from the culture cookie first and the browser's languages second.
    /// </summary>
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, CachingStringLocalizerFactory>();
        services.AddTransient<MudLocalizer, MudBlazorText>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(PortalCultures.Default)
                .AddSupportedCultures([.. PortalCultures.Supported])
                .AddSupportedUICultures([.. PortalCultures.Supported]);
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new LanguageFamilyRequestCultureProvider(),
            ];
        });
        return services;
    }
}
