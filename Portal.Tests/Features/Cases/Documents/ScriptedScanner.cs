using Portal.App.Infrastructure.Storage;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>A scanner whose verdict the test sets (the real clamd is tested in ClamdScannerTests); it records what it was shown.</summary>
public sealed class ScriptedScanner : IDocumentScanner
{
    public ScanResult Verdict { get; set; } = new ScanResult.Clean();

    public byte[]? LastContent { get; private set; }

    /// <summary>Gives <paramref name="verdict"/> until the result is disposed, then Clean again.</summary>
    public IDisposable Saying(ScanResult verdict)
    {
        Verdict = verdict;
        return new Restore(this);
    }

    public async Task<ScanResult> ScanAsync(Stream content, CancellationToken ct)
    {
        var copy = new MemoryStream();
        await content.CopyToAsync(copy, ct);
        LastContent = copy.ToArray();
        return Verdict;
    }

    private sealed class Restore(ScriptedScanner scanner) : IDisposable
    {
        public void Dispose() => scanner.Verdict = new ScanResult.Clean();
    }
}
