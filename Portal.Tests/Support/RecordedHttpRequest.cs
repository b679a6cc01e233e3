namespace Portal.Tests.Support;

/// <summary>A copy of one request a <see cref="RecordingHttpHandler"/> received, taken before the sender disposed it.</summary>
/// <param name="Headers">Request and content headers by name (case-insensitive), several values joined with ", ".</param>
public sealed record RecordedHttpRequest(HttpMethod Method, Uri? Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
