using Microsoft.Net.Http.Headers;

namespace Portal.App.Infrastructure.Web;

/// <summary>
/// Headers every response carries: a content security policy (scripts and frames only from this site, no
/// framing by others), no MIME sniffing, no referrer (verification links carry their token in the query),
/// and no caching of pages, which may show a signed-in person's case. Static files keep their own caching.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Blazor and Radzen set inline styles, so styles allow 'unsafe-inline'; scripts do not. The circuit is a
    // WebSocket to this same origin ('self' covers ws/wss in current browsers; listed for older ones).
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self), payment=()";
            if (!headers.ContainsKey(HeaderNames.CacheControl)) headers[HeaderNames.CacheControl] = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
