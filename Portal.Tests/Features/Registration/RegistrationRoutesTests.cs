using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Registration;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Registration;

public sealed class RegistrationRoutesTests : IDisposable
{
    private readonly ControlledPortal portal = new(seed: false);

    [Fact]
    public async Task Register_starts_a_draft_and_moves_to_its_own_address()
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/register", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("/register/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", location);
        await using var db = await portal.CreateDbContextAsync();
        var draft = await db.RegistrationDrafts.SingleAsync();
        Assert.EndsWith(draft.Id.ToString(), location, StringComparison.Ordinal);
        Assert.Equal(RegistrationStep.FindCase, draft.CurrentStep);

        var page = await client.GetStringAsync(new Uri(location, UriKind.RelativeOrAbsolute));
        Assert.Contains("Find your case", page, StringComparison.Ordinal);
    }

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
