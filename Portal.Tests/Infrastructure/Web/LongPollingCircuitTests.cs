using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Portal.App.Infrastructure.Web;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Web;

/// <summary>A client that forces long polling holds no more circuits than one on sockets: each connection counts from its first poll.</summary>
public sealed class LongPollingCircuitTests : IDisposable
{
    private static readonly IPAddress Parent = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress Neighbour = IPAddress.Parse("203.0.113.8");

    private readonly ControlledPortal portal = new();

    public LongPollingCircuitTests() => portal.Settings["Circuits:MaxPerAddress"] = "2";

    [Fact]
    public async Task Long_polling_connections_beyond_the_limit_are_refused_until_one_is_deleted()
    {
        // Negotiations before any poll all pass: nothing is open yet. The polls are where the connections begin.
        var tokens = new List<string>();
        for (var i = 0; i < 3; i++) tokens.Add(await NegotiateAsync(Parent));

        Assert.Equal(StatusCodes.Status200OK, await FirstPollAsync(tokens[0], Parent));
        Assert.Equal(StatusCodes.Status200OK, await FirstPollAsync(tokens[1], Parent));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await FirstPollAsync(tokens[2], Parent));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await NegotiateStatusAsync(Parent));
        Assert.Equal(StatusCodes.Status200OK, await FirstPollAsync(await NegotiateAsync(Neighbour), Neighbour)); // someone else is not affected

        await SendAsync(HttpMethods.Delete, tokens[0], Parent);

        Assert.Equal(StatusCodes.Status200OK, await FirstPollAsync(tokens[2], Parent));
    }

    [Fact]
    public async Task A_long_polling_client_that_stops_polling_gives_its_place_back_after_the_grace_period()
    {
        var first = await NegotiateAsync(Parent);
        var second = await NegotiateAsync(Parent);
        var third = await NegotiateAsync(Parent);
        await FirstPollAsync(first, Parent);
        await FirstPollAsync(second, Parent);
        Assert.Equal(StatusCodes.Status429TooManyRequests, await FirstPollAsync(third, Parent));

        portal.Clock.Advance(CircuitConnectionCounter.LongPollGrace - TimeSpan.FromSeconds(1));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await NegotiateStatusAsync(Parent));
        portal.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(StatusCodes.Status200OK, await NegotiateStatusAsync(Parent));
        Assert.Equal(StatusCodes.Status200OK, await FirstPollAsync(third, Parent));
    }

    public void Dispose() => portal.Dispose();

    private async Task<string> NegotiateAsync(IPAddress from)
    {
        var context = await Negotiation(from);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var answer = await JsonDocument.ParseAsync(context.Response.Body);
        return answer.RootElement.GetProperty("connectionToken").GetString()!;
    }

    private async Task<int> NegotiateStatusAsync(IPAddress from) => (await Negotiation(from)).Response.StatusCode;

    private Task<HttpContext> Negotiation(IPAddress from) => portal.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/_blazor/negotiate";
        context.Request.QueryString = new QueryString("?negotiateVersion=1");
        context.Connection.RemoteIpAddress = from;
    });

    // The hub answers a long-polling connection's first poll at once (later ones wait for messages).
    private Task<int> FirstPollAsync(string token, IPAddress from) => SendAsync(HttpMethods.Get, token, from);

    private async Task<int> SendAsync(string method, string token, IPAddress from)
    {
        var context = await portal.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Path = "/_blazor";
            context.Request.QueryString = QueryString.Create("id", token);
            context.Connection.RemoteIpAddress = from;
        });
        return context.Response.StatusCode;
    }
}
