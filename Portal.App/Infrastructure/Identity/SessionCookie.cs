namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// The session cookie's name. Outside Development it carries the __Host- prefix: browsers then accept it only
/// Secure, with Path=/ and no Domain, so no sibling subdomain or plain-HTTP page can set or overwrite it (session
/// fixation through a cookie planted from elsewhere). Development runs over http://localhost, where browsers
/// refuse a __Host- cookie altogether, so there it keeps the plain name.
/// </summary>
public static class SessionCookie
{
    public const string DevelopmentName = "portal.session";

    public const string SecureName = "__Host-portal.session";

    public static string NameFor(IHostEnvironment environment) => environment.IsDevelopment() ? DevelopmentName : SecureName;
}
