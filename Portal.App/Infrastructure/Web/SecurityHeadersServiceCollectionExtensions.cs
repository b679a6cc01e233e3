using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Web;

public static class SecurityHeadersServiceCollectionExtensions
{
    /// <summary>
    /// HSTS from <see cref="StrictTransportOptions"/>, and the antiforgery cookie Secure outside Development (in
    /// Development the portal runs over http://localhost, where a browser would not send a Secure cookie back).
    /// </summary>
    public static IHostApplicationBuilder AddSecurityHeaders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StrictTransportOptions>().BindConfiguration(StrictTransportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HstsOptions>().Configure<IOptions<StrictTransportOptions>>((hsts, configured) =>
        {
            hsts.MaxAge = configured.Value.MaxAge;
            hsts.IncludeSubDomains = configured.Value.IncludeSubDomains;
            hsts.Preload = configured.Value.Preload;
        });
        var development = builder.Environment.IsDevelopment();
        services.AddAntiforgery(options =>
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return builder;
    }
}
