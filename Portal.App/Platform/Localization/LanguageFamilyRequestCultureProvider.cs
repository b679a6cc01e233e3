using Microsoft.AspNetCore.Localization;

namespace Portal.App.Platform.Localization;

/// <summary>
/// Reads Accept-Language and maps each language to the portal's culture for it, so a browser set to
/// "es-MX" or plain "es" gets es-US; the built-in provider would only match es-US exactly and fall back to English.
/// </summary>
public sealed class LanguageFamilyRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var preferred = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .Where(language => language.Quality is null or > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => PortalCultures.ForLanguage(language.Value.Value))
            .FirstOrDefault(culture => culture is not null);

        return Task.FromResult(preferred is null ? null : new ProviderCultureResult(preferred.Name));
    }
}
