using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// The session cookie. Outside Development its name carries the __Host- prefix: browsers then accept it only
/// Secure, with Path=/ and no Domain, so no sibling subdomain or plain-HTTP page can set or overwrite it (session
/// fixation through a cookie planted from elsewhere). Development runs over http://localhost, where browsers
/// refuse a __Host- cookie altogether, so there it keeps the plain name.
/// </summary>
public static class SessionCookie
{
    public const string DevelopmentName = "portal.session";

    public const string SecureName = "__Host-portal.session";

    public static string NameFor(IHostEnvironment environment) => environment.IsDevelopment() ? DevelopmentName : SecureName;

    /// <summary>
    /// The cookie the browser sent, read as it is: after the cookie handler has rejected it (an ended session,
    /// a replaced security stamp), it still proves which session and account this browser held.
    /// </summary>
    public static AuthenticationTicket? ReadAsSent(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cookie = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var raw = cookie.CookieManager.GetRequestCookie(http, cookie.Cookie.Name!);
        return string.IsNullOrEmpty(raw) ? null : cookie.TicketDataFormat.Unprotect(raw);
    }
}
