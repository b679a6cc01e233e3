using System.Net.WebSockets;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>The circuit's WebSocket, as a browser opens it on a real Kestrel port.</summary>
[Collection(E2ESecondLane.Name)]
public sealed class CircuitTransportTests(SeededPortal portal)
{
    [Fact]
    public async Task The_circuit_refuses_compression_even_when_the_browser_offers_it()
    {
        // Compressing case figures next to text a user typed is the CRIME/BREACH pattern, and deflate cost every
        // live dashboard CPU on each update.
        var address = new UriBuilder(portal.Factory.ServerAddress) { Scheme = "ws", Path = "/_blazor" }.Uri;
        using var socket = new ClientWebSocket();
        socket.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        socket.Options.CollectHttpResponseDetails = true;

        await socket.ConnectAsync(address, CancellationToken.None);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.False(socket.HttpResponseHeaders!.ContainsKey("Sec-WebSocket-Extensions"));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }
}
