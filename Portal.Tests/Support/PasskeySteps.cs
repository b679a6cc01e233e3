using System.Net.Http.Json;

namespace Portal.Tests.Support;

/// <summary>The passkey journeys over HTTP, as passkeys.js makes them: the options, the authenticator, the answer.</summary>
public static class PasskeySteps
{
    /// <summary>The test server's origin, as the browser names it in the Origin header and in the authenticator's client data.</summary>
    public const string Origin = "http://localhost";

    /// <summary>Adds a passkey made by <paramref name="authenticator"/> to the signed-in <paramref name="client"/>'s account; the endpoint's response.</summary>
    public static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, SoftAuthenticator authenticator, string name)
    {
        var token = HtmlForms.TokenIn(await client.GetStringAsync("/account/security"));
        using var optionsRequest = new HttpRequestMessage(HttpMethod.Post, "/account/passkeys/options");
        optionsRequest.Headers.Add("RequestVerificationToken", token);
        var options = await client.SendAsync(optionsRequest);
        if (!options.IsSuccessStatusCode) return options;
        var credential = authenticator.Create(await options.Content.ReadAsStringAsync());
        using var addRequest = new HttpRequestMessage(HttpMethod.Post, "/account/passkeys") { Content = JsonContent.Create(new { credentialJson = credential, name }) };
        addRequest.Headers.Add("RequestVerificationToken", token);
        addRequest.Headers.Add("Origin", Origin); // as the browser sends it: WebAuthn checks it against the authenticator's
        return await client.SendAsync(addRequest);
    }

    /// <summary>Signs in on /signin with <paramref name="passkey"/> (the name typed first, when given); the page's response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, SoftAuthenticator authenticator, SoftPasskey passkey, string? login = null)
    {
        var token = HtmlForms.TokenIn(await client.GetStringAsync("/signin"));
        var options = await client.PostAsync("/signin/passkey/options", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        options.EnsureSuccessStatusCode();
        var assertion = authenticator.Get(await options.Content.ReadAsStringAsync(), passkey);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "passkey",
                ["__RequestVerificationToken"] = token,
                ["Passkey.CredentialJson"] = assertion,
                ["Passkey.Login"] = login ?? string.Empty,
            }),
        };
        post.Headers.Add("Origin", "null"); // what a browser sends with a form post under the portal's Referrer-Policy: no-referrer
        return await client.SendAsync(post);
    }
}
