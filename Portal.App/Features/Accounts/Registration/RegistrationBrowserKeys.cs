using System.Security.Cryptography;
using System.Text;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// Binds a registration draft to the browser that started it, so a draft's address is not a bearer token: the
/// browser holds a random key in an HttpOnly, SameSite=Strict cookie (Secure outside Development), and a draft
/// stores only the key's hash. A draft opened without the key behaves exactly like an unknown one.
/// A circuit cannot read cookies: the wizard page takes the hash while it is prerendered over HTTP and carries it
/// into its circuit through persisted component state, which Data Protection protects from the browser.
/// </summary>
public sealed class RegistrationBrowserKeys(IHostEnvironment environment)
{
    public const string CookieName = "portal.registration";

    /// <summary>
    /// The hash of this browser's registration key, issuing a key when it has none. The cookie is (re)written
    /// on every wizard page with the draft's lifetime, so it outlives any draft the browser is working on.
    /// </summary>
    public string EnsureKeyHash(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var key = http.Request.Cookies[CookieName];
        // Anything but a key we could have issued (43 base64url characters) is replaced, not trusted.
        if (key is not { Length: 43 } || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Append(CookieName, key, new CookieOptions
            {
                HttpOnly = true,
                // Strict: a link from another site (or an email) never carries the key, so it never opens a draft.
                SameSite = SameSiteMode.Strict,
                Secure = !environment.IsDevelopment() || http.Request.IsHttps,
                Path = "/register",
                MaxAge = RegistrationDrafts.Lifetime,
                IsEssential = true,
            });
        }
        return HashOf(key);
    }

    public static string HashOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes("registration-browser:" + key)));

    /// <summary>True when <paramref name="keyHash"/> is the hash the draft was bound to; compared in constant time.</summary>
    public static bool Owns(string? keyHash, RegistrationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (keyHash is null || draft.BrowserKeyHash is null || keyHash.Length != draft.BrowserKeyHash.Length) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(keyHash), Encoding.ASCII.GetBytes(draft.BrowserKeyHash));
    }
}
