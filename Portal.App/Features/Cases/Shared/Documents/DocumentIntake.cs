using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>
/// How every file comes in, whatever it is sent to (a case, an application): the name, size, allow-list and signature
/// checks, the encrypted streaming store, and the virus scan. The caller keeps the record of it.
/// </summary>
public sealed partial class DocumentIntake(DocumentCipher cipher, IDocumentScanner scanner, IOptions<DocumentsOptions> options, ILogger<DocumentIntake> logger)
{
    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Checks the upload and stores it encrypted; nothing is kept when it is refused.</summary>
    public async Task<DocumentIntakeResult> ReceiveAsync(DocumentUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var max = options.Value.MaxFileBytes;
        if (upload.Size <= 0) return new DocumentIntakeResult.Refused(DocumentProblem.Empty);
        if (upload.Size > max) return new DocumentIntakeResult.Refused(DocumentProblem.TooLarge);
        var fileName = DocumentFileName.Sanitize(upload.FileName);
        try
        {
            await using var content = upload.OpenRead(max);
            var head = new byte[DocumentFileKind.HeadLength];
            var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            switch (DocumentFileKind.Detect(head.AsSpan(0, headLength), fileName))
            {
                case DocumentFileCheck.Allowed allowed:
                    var stored = await cipher.SaveAsync(head.AsMemory(0, headLength), content, max, ct);
                    return new DocumentIntakeResult.Received(fileName, allowed.Kind, stored);
                case DocumentFileCheck.Empty:
                    return new DocumentIntakeResult.Refused(DocumentProblem.Empty);
                case DocumentFileCheck.ContentDoesNotMatchType:
                    return new DocumentIntakeResult.Refused(DocumentProblem.ContentDoesNotMatchType);
                default:
                    return new DocumentIntakeResult.Refused(DocumentProblem.TypeNotAllowed);
            }
        }
        catch (DocumentTooLargeException)
        {
            return new DocumentIntakeResult.Refused(DocumentProblem.TooLarge);
        }
        catch (IOException ex)
        {
            // The browser's stream ended early or said the file grew past the limit: nothing was kept.
            LogNotReceived(logger, ex);
            return new DocumentIntakeResult.Refused(DocumentProblem.NotReceived);
        }
    }

    /// <summary>
    /// The scanner's verdict on stored content: <see cref="DocumentScanStatus.AwaitingScan"/> when it could not say (the
    /// record stays in quarantine); an infected file's content is deleted.
    /// </summary>
    public async Task<DocumentScanStatus> ScanAsync(Guid documentId, string storageKey, string protectedKey, CancellationToken ct)
    {
        ScanResult verdict;
        await using (var content = await cipher.OpenAsync(storageKey, protectedKey, ct))
        {
            verdict = content is null ? new ScanResult.Failed() : await scanner.ScanAsync(content, ct);
        }
        if (verdict is ScanResult.Infected infected)
        {
            LogInfected(logger, documentId, infected.Signature);
            await cipher.DeleteAsync(storageKey, ct);
        }
        return verdict switch
        {
            ScanResult.Clean => DocumentScanStatus.Clean,
            ScanResult.Infected => DocumentScanStatus.Infected,
            ScanResult.NotScanned => DocumentScanStatus.NotScanned,
            _ => DocumentScanStatus.AwaitingScan,
        };
    }

    /// <summary>Removes stored content (a document withdrawn, or its application gone).</summary>
    public Task DeleteAsync(string storageKey, CancellationToken ct) => cipher.DeleteAsync(storageKey, ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "A document upload was not received whole")]
    private static partial void LogNotReceived(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} was refused: the virus scanner found {Signature}")]
    private static partial void LogInfected(ILogger logger, Guid documentId, string signature);
}

/// <summary>What became of a file on its way in.</summary>
public abstract record DocumentIntakeResult
{
    private DocumentIntakeResult()
    {
    }

    /// <summary>Checked and stored encrypted, not yet scanned.</summary>
    public sealed record Received(string FileName, DocumentFileKind Kind, StoredDocumentFile Stored) : DocumentIntakeResult;

    public sealed record Refused(DocumentProblem Problem) : DocumentIntakeResult;
}
