using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed partial class RegistrationRoutesTests : IDisposable
{
    private readonly ControlledPortal portal = new(seed: false);

    [Fact]
    public async Task Register_shows_find_your_case_and_gives_the_browser_a_strict_http_only_key()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var response = await client.GetAsync(new Uri("/register", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Find your case", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RegistrationBrowserKeys.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/register", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Crawling_register_stores_nothing()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        for (var i = 0; i < 25; i++)
        {
            using var response = await client.GetAsync(new Uri("/register", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(0, await db.RegistrationDrafts.CountAsync());
    }

    [Fact]
    public async Task A_draft_opened_by_another_browser_looks_exactly_like_an_unknown_draft()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var start = await client.GetAsync(new Uri("/register", UriKind.Relative));
        var key = start.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(RegistrationBrowserKeys.CookieName + "=", StringComparison.Ordinal))
            .Split(';')[0][(RegistrationBrowserKeys.CookieName.Length + 1)..];
        var drafts = portal.Services.GetRequiredService<RegistrationDrafts>();
        var draft = await drafts.CreateAsync(new RegistrationDraft { FirstName = "Elisa", LastName = "Lang" }, RegistrationBrowserKeys.HashOf(key), default);
        var address = new Uri($"/register/{draft.Id}", UriKind.Relative);

        var owner = await GetPageAsync(client, address, key);
        var stranger = await GetPageAsync(client, address, cookie: null);
        var guessedKey = await GetPageAsync(client, address, new string('A', 43));
        await using (var db = await portal.CreateDbContextAsync())
        {
            await db.RegistrationDrafts.Where(d => d.Id == draft.Id).ExecuteDeleteAsync();
        }
        var unknown = await GetPageAsync(client, address, key);

        Assert.Contains("Find your case", owner, StringComparison.Ordinal);
        Assert.Contains("This registration is no longer available", unknown, StringComparison.Ordinal);
        Assert.Equal(unknown, stranger);
        Assert.Equal(unknown, guessedKey);
        Assert.DoesNotContain("Elisa", stranger, StringComparison.Ordinal);
    }

    // What a person sees: without the antiforgery token, Blazor's protected state and its component markers, which
    // are encrypted afresh on every response.
    private static async Task<string> GetPageAsync(HttpClient client, Uri address, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (cookie is not null) request.Headers.Add("Cookie", $"{RegistrationBrowserKeys.CookieName}={cookie}");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return BlazorMarker().Replace(HtmlForms.Visible(await response.Content.ReadAsStringAsync()), "");
    }

    [GeneratedRegex("<!--Blazor:[^>]*-->")]
    private static partial Regex BlazorMarker();

    [Fact]
    public async Task An_unknown_or_expired_draft_says_so_and_offers_a_new_start()
    {
        using var client = portal.CreateClient();

        var page = await client.GetStringAsync(new Uri($"/register/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Contains("This registration is no longer available", page, StringComparison.Ordinal);
        Assert.Contains("href=\"register\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("case-number", page, StringComparison.Ordinal);
    }

    public void Dispose() => portal.Dispose();
}
