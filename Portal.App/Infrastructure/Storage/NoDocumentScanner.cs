namespace Portal.App.Infrastructure.Storage;

/// <summary>No Documents:Scanner configured: every file is "not scanned", which staff see beside it.</summary>
public sealed class NoDocumentScanner : IDocumentScanner
{
    public Task<ScanResult> ScanAsync(Stream content, CancellationToken ct) => Task.FromResult<ScanResult>(new ScanResult.NotScanned());
}
