namespace Portal.App.Infrastructure.Storage;

/// <summary>A virus scanner for uploaded files: <see cref="ClamdScanner"/>, or <see cref="NoDocumentScanner"/> when none is configured.</summary>
public interface IDocumentScanner
{
    /// <summary>Reads <paramref name="content"/> to its end; never throws for a scanner that is down (that is <see cref="ScanResult.Failed"/>).</summary>
    Task<ScanResult> ScanAsync(Stream content, CancellationToken ct);
}
