using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Portal.Tests.Support;

/// <summary>
/// Plays SendGrid's v3 API on a loopback port (Kestrel): keeps each request as it came off the wire (method, target,
/// headers, the exact JSON) and answers as the test scripted, 202 Accepted until told otherwise. Started with
/// <see cref="StartWithTlsAsync"/> it speaks HTTPS as a named host, and <see cref="RoutingHandler"/> sends connections
/// here whatever the URL names, so a client can use the real https://api.eu.sendgrid.com without leaving the machine.
/// </summary>
public sealed class FakeSendGridServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly X509Certificate2? certificate;
    private readonly ConcurrentQueue<FakeSendGridRequest> requests = new();
    private readonly TaskCompletionSource<FakeSendGridRequest> firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private volatile Func<HttpContext, Task> answer = Answer(StatusCodes.Status202Accepted, null, null, []);

    private FakeSendGridServer(X509Certificate2? certificate)
    {
        this.certificate = certificate;
        // Empty: no configuration files, no logging, nothing but Kestrel and the one handler below.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        app = builder.Build();
        app.Run(ReceiveAsync);
    }

    /// <summary>Plain HTTP on 127.0.0.1 and a free port: <see cref="BaseAddress"/> is what SendGridOptions.BaseAddress takes.</summary>
    public static Task<FakeSendGridServer> StartAsync() => StartAsync(new FakeSendGridServer(null));

    /// <summary>HTTPS with a throw-away certificate for <paramref name="hostName"/>; reach it through <see cref="RoutingHandler"/>.</summary>
    public static Task<FakeSendGridServer> StartWithTlsAsync(string hostName) => StartAsync(new FakeSendGridServer(SelfSignedCertificate(hostName)));

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:41234 (its port is chosen at start).</summary>
    public Uri BaseAddress => new(app.Urls.Single());

    public IReadOnlyList<FakeSendGridRequest> Requests => [.. requests];

    public FakeSendGridRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Completes when the first request has been read (before it is answered).</summary>
    public Task<FakeSendGridRequest> FirstRequest => firstRequest.Task;

    /// <summary>From now on, 202 Accepted with SendGrid's X-Message-Id header, or none when null.</summary>
    public void Accepts(string? messageId) => Replies(StatusCodes.Status202Accepted, headers: messageId is null ? [] : [("X-Message-Id", messageId)]);

    /// <summary>From now on, <paramref name="status"/> with an optional body (SendGrid's errors are JSON) and headers.</summary>
    public void Replies(int status, string? body = null, string contentType = "application/json", params (string Name, string Value)[] headers) =>
        answer = Answer(status, body, contentType, headers);

    /// <summary>From now on, no answer: a request ends only when its client gives up or the server stops.</summary>
    public void Hangs() => answer = async context =>
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away or the test is over: drop the connection rather than answer.
            context.Abort();
        }
    };

    /// <summary>
    /// A handler that connects to this server whatever host a URL names, and trusts this server's certificate only:
    /// DNS stands aside, while the request keeps its real host name (Host header, TLS server name).
    /// </summary>
    public SocketsHttpHandler RoutingHandler() => new()
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(IPAddress.Loopback, BaseAddress.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, presented, _, _) =>
                presented is not null && certificate is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
        },
    };

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        certificate?.Dispose();
        stopping.Dispose();
    }

    private static async Task<FakeSendGridServer> StartAsync(FakeSendGridServer server)
    {
        await server.app.StartAsync();
        return server;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value.ToArray()), StringComparer.OrdinalIgnoreCase);
        // The raw target, not the decoded Path: what the client put on the request line.
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var received = new FakeSendGridRequest(context.Request.Method, target, headers, body);
        requests.Enqueue(received);
        firstRequest.TrySetResult(received);
        await answer(context);
    }

    private static Func<HttpContext, Task> Answer(int status, string? body, string? contentType, (string Name, string Value)[] headers) => async context =>
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers) context.Response.Headers.Append(name, value);
        if (body is null) return;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    };

    private static X509Certificate2 SelfSignedCertificate(string hostName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256);
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
    }
}
