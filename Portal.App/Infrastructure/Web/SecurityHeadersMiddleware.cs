using Microsoft.Net.Http.Headers;

namespace Portal.App.Infrastructure.Web;

/// <summary>
/// Headers every response carries: a content security policy (scripts and frames only from this site, no
/// framing by others), no MIME sniffing, no referrer (verification links carry their token in the query),
/// and no caching of pages, which may show a signed-in person's case. Static files keep their own caching.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicyFor(context.Request);
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers[HeaderNames.XFrameOptions] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(self), payment=()";
            if (!headers.ContainsKey(HeaderNames.CacheControl)) headers[HeaderNames.CacheControl] = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// Blazor and MudBlazor set inline styles, so styles allow 'unsafe-inline'; scripts do not. The circuit is a
    /// WebSocket to this same origin: 'self' covers it in current browsers, and older ones that do not map 'self'
    /// to ws/wss get this host's socket origin by name. Never any ws:/wss: host, which would let a page (an
    /// injected script, a browser extension's content) stream what it reads to a socket anywhere.
    /// </summary>
    public static string ContentSecurityPolicyFor(HttpRequest request)
    {
        var socketOrigin = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host.ToUriComponent()}";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
            $"connect-src 'self' {socketOrigin}; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }
}
