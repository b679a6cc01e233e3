using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.Tests.Support;

namespace Portal.Tests.Components;

/// <summary>
/// blazor.web.js is most of what a phone downloads on a first visit: the page references the fingerprinted copy,
/// which outside Development is cached as immutable, and gets it compressed (brotli from a Release build; a Debug
/// build, as here, has gzip).
/// </summary>
public sealed partial class BlazorScriptTests : IDisposable
{
    private static readonly string[] CompressedEncodings = ["br", "gzip"];

    private readonly PortalAppFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task The_page_references_a_fingerprinted_Blazor_script_that_is_sent_compressed()
    {
        using var client = portal.CreateClient();
        var page = await client.GetStringAsync("/");
        var script = FingerprintedScript().Match(page);
        Assert.True(script.Success, "the page references _framework/blazor.web.js without a fingerprint");

        using var request = new HttpRequestMessage(HttpMethod.Get, script.Groups["url"].Value);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Contains(Assert.Single(response.Content.Headers.ContentEncoding), CompressedEncodings);
        Assert.InRange((await response.Content.ReadAsByteArrayAsync()).Length, 1, 60_000);
    }

    [GeneratedRegex("""<script src="(?<url>_framework/blazor\.web\.[a-z0-9]+\.js)">""")]
    private static partial Regex FingerprintedScript();
}
