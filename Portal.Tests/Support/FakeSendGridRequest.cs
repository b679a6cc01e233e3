namespace Portal.Tests.Support;

/// <summary>One request as <see cref="FakeSendGridServer"/> received it off the wire.</summary>
/// <param name="Target">The path and query, e.g. "/v3/mail/send".</param>
/// <param name="Headers">Every header by name (case-insensitive), Host included; several values joined with ", ".</param>
/// <param name="Body">The body exactly as sent, read as UTF-8.</param>
public sealed record FakeSendGridRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
