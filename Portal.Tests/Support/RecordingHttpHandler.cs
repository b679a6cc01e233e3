using System.Diagnostics;
using System.Net;
using System.Text;

namespace Portal.Tests.Support;

/// <summary>
/// Stands in for the network under an HttpClient: records every request and answers as the test configured,
/// with a fresh response each time (senders dispose theirs).
/// </summary>
public sealed class RecordingHttpHandler(Func<RecordedHttpRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<RecordedHttpRequest> requests = [];

    public IReadOnlyList<RecordedHttpRequest> Requests
    {
        get { lock (requests) return [.. requests]; }
    }

    public RecordedHttpRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Answers <paramref name="status"/> with an optional JSON body; <paramref name="configure"/> adds headers.</summary>
    public static RecordingHttpHandler Replying(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null) =>
        new((_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null) response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            configure?.Invoke(response);
            return Task.FromResult(response);
        });

    /// <summary>Fails the way the network does: the exception surfaces from HttpClient.SendAsync.</summary>
    public static RecordingHttpHandler Throwing(Exception exception) => new((_, _) => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Never answers: the request ends only when its token is cancelled (a timeout, or the caller giving up).</summary>
    public static RecordingHttpHandler Hanging() => new(async (_, ct) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        throw new UnreachableException();
    });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers) headers[name] = string.Join(", ", values);
        var body = "";
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers) headers[name] = string.Join(", ", values);
            body = await request.Content.ReadAsStringAsync(cancellationToken);
        }
        var recorded = new RecordedHttpRequest(request.Method, request.RequestUri, headers, request.Content?.Headers.ContentType?.MediaType, body);
        lock (requests) requests.Add(recorded);
        return await respond(recorded, cancellationToken);
    }
}
