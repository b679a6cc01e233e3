using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// The session cookie the browser sent, read as it is: after the cookie handler has rejected it (an ended session,
/// a replaced security stamp), it still proves which session and account this browser held.
/// </summary>
public static class SessionCookie
{
    public static AuthenticationTicket? ReadAsSent(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var cookie = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var raw = cookie.CookieManager.GetRequestCookie(http, cookie.Cookie.Name!);
        return string.IsNullOrEmpty(raw) ? null : cookie.TicketDataFormat.Unprotect(raw);
    }
}
