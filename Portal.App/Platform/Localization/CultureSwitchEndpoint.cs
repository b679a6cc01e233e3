using Microsoft.AspNetCore.Localization;

namespace Portal.App.Platform.Localization;

/// <summary>
/// GET /culture/{name}?returnUrl=/faq remembers the chosen language in a cookie and goes back to the page.
/// A plain link rather than an interactive handler, so it works on static pages (sign-in, errors) too.
/// </summary>
public static partial class CultureSwitchEndpoint
{
    public const string RoutePrefix = "/culture";

    public static IEndpointConventionBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(RoutePrefix + "/{name}", Switch).ExcludeFromDescription();

    /// <summary>The link that switches to <paramref name="cultureName"/> and comes back to <paramref name="returnUrl"/>.</summary>
    public static string LinkTo(string cultureName, string returnUrl) =>
        $"{RoutePrefix}/{Uri.EscapeDataString(cultureName)}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IResult Switch(string name, string? returnUrl, HttpContext httpContext, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        var culture = PortalCultures.Find(name);
        if (culture is null)
        {
            return TypedResults.NotFound();
        }

        httpContext.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = httpContext.Request.IsHttps,
                // A language preference is needed to read the site at all, so it is not subject to cookie consent.
                IsEssential = true,
            });

        if (IsLocalUrl(returnUrl))
        {
            return TypedResults.LocalRedirect(returnUrl!);
        }

        if (!string.IsNullOrEmpty(returnUrl))
        {
            LogNonLocalReturnUrlIgnored(loggerFactory.CreateLogger(typeof(CultureSwitchEndpoint).FullName!));
        }
        return TypedResults.LocalRedirect("/");
    }

    /// <summary>Only paths on this site: "/x" but not "//host" or "/\host", which browsers treat as another host.</summary>
    internal static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Language switch ignored a return URL that is not on this site")]
    private static partial void LogNonLocalReturnUrlIgnored(ILogger logger);
}
