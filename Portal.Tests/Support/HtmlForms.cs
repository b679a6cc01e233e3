using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Tests.Support;

/// <summary>Posting the portal's server-rendered forms over HTTP, as a browser does: with the antiforgery token from the page.</summary>
public static partial class HtmlForms
{
    /// <summary>Gets <paramref name="path"/>, then posts the form named <paramref name="formName"/> on it with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery token");
        var body = new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>The antiforgery token of the first form on <paramref name="page"/>, as a script on the page reads it.</summary>
    public static string TokenIn(string page)
    {
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, "the page has no antiforgery token");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>
    /// The page without its antiforgery token and Blazor's protected component state, which are encrypted afresh
    /// on every response: what stays is what a person sees.
    /// </summary>
    public static string Visible(string html) => ComponentState().Replace(AntiforgeryToken().Replace(html, ""), "");

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex ComponentState();
}
