using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Support;

/// <summary>An HttpClient signed in through the real forms: password, then the emailed code.</summary>
public static class SignedInClient
{
    public static async Task<HttpClient> CreateAsync(PortalAppFactory factory, string userName, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInAsync(client, factory, userName, password);
        return client;
    }

    /// <summary>A client signed in as <paramref name="userName"/> whose cookies are kept in <paramref name="cookies"/>, so a test can copy them.</summary>
    public static async Task<HttpClient> CreateAsync(PortalAppFactory factory, string userName, string password, CookieContainer cookies)
    {
        var client = WithCookies(factory, cookies);
        await SignInAsync(client, factory, userName, password);
        return client;
    }

    /// <summary>A client (no redirects followed) sending the cookies in <paramref name="cookies"/>, as a second browser holding them would.</summary>
    public static HttpClient WithCookies(PortalAppFactory factory, CookieContainer cookies) =>
        factory.CreateDefaultClient(new CookieContainerHandler(cookies));

    /// <summary>A new cookie jar holding a copy of the session cookie in <paramref name="cookies"/>: what a thief who copied it holds.</summary>
    public static CookieContainer CopySessionCookie(CookieContainer cookies, Uri site)
    {
        var session = cookies.GetCookies(site)["portal.session"] ?? throw new InvalidOperationException("no session cookie to copy");
        var copy = new CookieContainer();
        copy.Add(site, new Cookie(session.Name, session.Value, "/"));
        return copy;
    }

    /// <summary>Signs <paramref name="client"/> in; the code step's response carries the new session cookie.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, PortalAppFactory factory, string userName, string password)
    {
        var email = (await TestAccounts.FindAsync(factory.Services, userName)).Email!;
        var seen = MailFolderWatcher.Snapshot(factory.MailFolder);
        var passwordStep = await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = userName, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, passwordStep.StatusCode);
        Assert.Equal("/signin/code", passwordStep.Headers.Location?.AbsolutePath);

        var code = factory is ControlledPortal controlled ? await QueuedCodeAsync(controlled, email) : await SignInCodes.WaitForNewCodeAsync(factory.MailFolder, email, seen);
        var codeStep = await HtmlForms.SubmitAsync(client, "/signin/code", "email-code", new Dictionary<string, string> { ["EmailCode.Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, codeStep.StatusCode);
        return codeStep;
    }

    /// <summary>The "name=value" of the session cookie a sign-in set, for a request made by hand (a socket).</summary>
    public static string SessionCookieIn(HttpResponseMessage codeStep) =>
        SessionSetCookieIn(codeStep).Split(';')[0];

    /// <summary>The whole Set-Cookie header of the new session (its flags too).</summary>
    public static string SessionSetCookieIn(HttpResponseMessage codeStep) =>
        codeStep.Headers.GetValues("Set-Cookie").Single(c => c.Contains("portal.session=", StringComparison.Ordinal) && !c.Contains("portal.session=;", StringComparison.Ordinal));

    // A ControlledPortal sends nothing by itself: the code is in the queued message, taken out as if delivered.
    private static async Task<string> QueuedCodeAsync(ControlledPortal portal, string email)
    {
        await using var db = await portal.CreateDbContextAsync();
        var message = await db.OutboxMessages.SingleAsync(m => m.ToAddress == email && m.Kind == "SignInCode");
        db.OutboxMessages.Remove(message);
        await db.SaveChangesAsync();
        return SignInCodes.CodeIn(portal.Services.Readable(message).TextBody);
    }
}
