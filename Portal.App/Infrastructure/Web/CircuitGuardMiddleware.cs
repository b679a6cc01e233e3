using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Web;

/// <summary>
/// Stands in front of the circuit hub (/_blazor): refuses a page from another origin (403), and a client already
/// holding its share of live circuits (429), before any circuit is created. The request that opens the circuit's
/// socket lives as long as the socket, so it is the one place that knows both the client and when it leaves; a
/// long-polling connection is known by the token its polls carry (<see cref="CircuitConnectionCounter"/>).
/// </summary>
public sealed partial class CircuitGuardMiddleware(
    RequestDelegate next, CircuitConnectionCounter counter, IOptions<CircuitProtectionOptions> options, ILogger<CircuitGuardMiddleware> logger)
{
    public static readonly PathString HubPath = "/_blazor";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(HubPath)) { await next(context); return; }
        var limits = options.Value;
        if (!OriginAllowed(context.Request, limits))
        {
            LogRefused("foreign origin");
            Answer(context, StatusCodes.Status403Forbidden);
            return;
        }
        var address = ClientAddressOf(context);
        var account = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (IsNegotiation(context.Request))
        {
            if (!counter.HasRoom(address, account, limits)) { Refuse(context); return; }
            await next(context);
            return;
        }
        if (IsLongLived(context))
        {
            using var place = counter.TryOpen(address, account, limits);
            if (place is null) { Refuse(context); return; }
            await next(context);
            return;
        }
        if (LongPollingTokenOf(context.Request) is not { } token) { await next(context); return; }
        if (HttpMethods.IsDelete(context.Request.Method))
        {
            await next(context);
            counter.CloseLongPolling(token);
            return;
        }
        if (!counter.TryStartPoll(token, address, account, limits)) { Refuse(context); return; }
        var gone = true;
        try
        {
            await next(context);
            // 204: the hub ended the connection; 404: there was none by that token.
            gone = context.Response.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status404NotFound;
        }
        finally
        {
            counter.EndPoll(token, gone);
        }
    }

    /// <summary>A request that starts a circuit connection: what the rate limit counts.</summary>
    public static bool IsConnectionStart(HttpContext context) =>
        context.Request.Path.StartsWithSegments(HubPath) && (IsNegotiation(context.Request) || IsWebSocket(context));

    /// <summary>The client as the limits see it; everyone without an address shares one "unknown" client.</summary>
    public static string ClientAddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    private static bool IsNegotiation(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(HubPath.Add("/negotiate"), StringComparison.OrdinalIgnoreCase);

    // The socket, and server-sent events, hold their request open for the connection's life; long polling's requests
    // come and go, so its connection is counted by the token they carry instead.
    private static bool IsLongLived(HttpContext context) =>
        IsWebSocket(context) || context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection token of a long-polling poll (GET) or close (DELETE); null for anything else.</summary>
    private static string? LongPollingTokenOf(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsDelete(request.Method)) && request.Path.Equals(HubPath, StringComparison.OrdinalIgnoreCase)
        && request.Query["id"].ToString() is { Length: > 0 } token
            ? token
            : null;

    // Read from the request itself: the WebSockets middleware that sets context.WebSockets runs later, inside the hub's endpoint.
    private static bool IsWebSocket(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest
        || string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase)
        || context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true, Protocol: "websocket" };

    // Browsers always send Origin on a WebSocket and on a cross-site POST, so a page elsewhere cannot drive a signed-in
    // person's circuit. A request without one is not from a page (a script can put any header it likes anyway).
    private static bool OriginAllowed(HttpRequest request, CircuitProtectionOptions limits)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        return limits.AllowedOrigins.Count == 0
            ? string.Equals(origin, $"{request.Scheme}://{request.Host.ToUriComponent()}", StringComparison.OrdinalIgnoreCase)
            : limits.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
    }

    private void Refuse(HttpContext context)
    {
        LogRefused("client at its circuit limit");
        Answer(context, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The bare status: the hub's client reads the code, and the not-found page must not re-execute over it.</summary>
    public static void Answer(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a circuit connection: {Reason}")]
    private partial void LogRefused(string reason);
}
