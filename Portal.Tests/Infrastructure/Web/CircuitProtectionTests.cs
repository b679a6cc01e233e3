using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.App.Infrastructure.Web;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Web;

/// <summary>The circuit hub's door: live circuits per client and per account, the start rate, and the page origin.</summary>
public sealed class CircuitProtectionTests : IDisposable
{
    private static readonly IPAddress Parent = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Neighbour = IPAddress.Parse("203.0.113.8");

    private readonly PortalAppFactory portal = new();
    private readonly List<WebSocket> sockets = [];

    [Fact]
    public async Task A_client_at_its_circuit_limit_is_refused_the_next_one_until_one_closes()
    {
        portal.Settings["Circuits:MaxPerAddress"] = "3";
        for (var i = 0; i < 3; i++) await OpenAsync(Parent);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => OpenAsync(Parent));
        Assert.Contains("429", refused.Message);
        Assert.Equal(StatusCodes.Status429TooManyRequests, await NegotiateAsync(Parent));
        await OpenAsync(Neighbour); // someone else is not affected

        await sockets[0].CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await Eventually.TrueAsync(async () => await NegotiateAsync(Parent) == StatusCodes.Status200OK);
        await OpenAsync(Parent);
    }

    [Fact]
    public async Task A_parent_with_several_tabs_open_is_not_affected_by_the_default_limits()
    {
        for (var tab = 0; tab < 12; tab++)
        {
            Assert.Equal(StatusCodes.Status200OK, await NegotiateAsync(Parent));
            await OpenAsync(Parent);
        }
        Assert.All(sockets, socket => Assert.Equal(WebSocketState.Open, socket.State));
    }

    [Fact]
    public async Task A_signed_in_account_at_its_limit_is_refused_from_any_address_while_others_there_still_connect()
    {
        portal.Settings["Circuits:MaxPerAccount"] = "2";
        await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent");
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var session = SignedInClient.SessionCookieIn(await SignedInClient.SignInAsync(client, portal, "maria.parent", TestAccounts.Password));
        await OpenAsync(Parent, cookie: session);
        await OpenAsync(Neighbour, cookie: session);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => OpenAsync(IPAddress.Parse("198.51.100.20"), cookie: session));
        Assert.Contains("429", refused.Message);
        await OpenAsync(Parent); // the same address, not signed in
    }

    [Fact]
    public async Task Starting_circuits_faster_than_the_rate_limit_answers_429()
    {
        portal.Settings["Circuits:ConnectionStartsPerAddress"] = "3";

        var answers = new List<int>();
        for (var i = 0; i < 4; i++) answers.Add(await NegotiateAsync(Parent));

        Assert.Equal([200, 200, 200, 429], answers);
        Assert.Equal(StatusCodes.Status200OK, await NegotiateAsync(Neighbour));
    }

    [Fact]
    public async Task A_page_from_another_origin_cannot_open_a_circuit()
    {
        Assert.Equal(StatusCodes.Status403Forbidden, await NegotiateAsync(Parent, origin: "https://attacker.example"));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => OpenAsync(Parent, origin: "https://attacker.example"));
        Assert.Contains("403", refused.Message);

        Assert.Equal(StatusCodes.Status200OK, await NegotiateAsync(Parent, origin: "http://localhost"));
        await OpenAsync(Parent, origin: "http://localhost");
    }

    [Fact]
    public async Task Behind_a_proxy_the_configured_public_origin_is_the_one_allowed()
    {
        portal.Settings["Circuits:AllowedOrigins:0"] = "https://portal.dcss.example.gov";

        Assert.Equal(StatusCodes.Status200OK, await NegotiateAsync(Parent, origin: "https://portal.dcss.example.gov"));
        Assert.Equal(StatusCodes.Status403Forbidden, await NegotiateAsync(Parent, origin: "http://localhost"));
    }

    [Fact]
    public void An_allowed_origin_that_is_not_an_origin_stops_the_start_up()
    {
        var error = StartupValidation.Check(builder => builder.Services.AddCircuitProtection(),
            new Dictionary<string, string?> { ["Circuits:AllowedOrigins:0"] = "https://portal.dcss.example.gov/app/" });

        Assert.NotNull(error);
        Assert.Contains("Circuits:AllowedOrigins", error.Message);
    }

    public void Dispose()
    {
        foreach (var socket in sockets) socket.Dispose();
        portal.Dispose();
    }

    private async Task OpenAsync(IPAddress from, string? origin = null, string? cookie = null)
    {
        var client = portal.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.HttpContext.Connection.RemoteIpAddress = from;
            if (origin is not null) request.Headers.Origin = origin;
            if (cookie is not null) request.Headers.Cookie = cookie;
        };
        sockets.Add(await client.ConnectAsync(new Uri("ws://localhost/_blazor"), CancellationToken.None));
    }

    private async Task<int> NegotiateAsync(IPAddress from, string? origin = null)
    {
        var context = await portal.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/_blazor/negotiate";
            context.Request.QueryString = new QueryString("?negotiateVersion=1");
            context.Connection.RemoteIpAddress = from;
            if (origin is not null) context.Request.Headers.Origin = origin;
        });
        return context.Response.StatusCode;
    }
}
