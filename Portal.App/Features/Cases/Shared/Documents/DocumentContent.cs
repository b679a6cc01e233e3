namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>A document's plain content on its way out, decrypted as it is read (dispose it).</summary>
public sealed record DocumentContent(Stream Content, string FileName, string ContentType, long SizeBytes) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
