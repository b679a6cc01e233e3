namespace Portal.App.Features.Accounts.SignIn;

/// <summary>The browser's half of a sign-in between its two steps: a random secret, sent only to /signin pages.</summary>
public static class SecondStepCookie
{
    public const string Name = "portal.signin";

    public static string? Read(HttpContext context) => context.Request.Cookies[Name];

    public static void Write(HttpContext context, string secret, TimeSpan lifetime) =>
        context.Response.Cookies.Append(Name, secret, Options(context, lifetime));

    public static void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context, null));

    private static CookieOptions Options(HttpContext context, TimeSpan? lifetime) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/signin",
        MaxAge = lifetime,
        IsEssential = true,
    };
}
