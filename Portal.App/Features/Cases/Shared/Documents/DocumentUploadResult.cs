namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>What became of an upload.</summary>
public abstract record DocumentUploadResult
{
    private DocumentUploadResult()
    {
    }

    /// <summary>Stored; <see cref="Scan"/> says whether it is clean, in quarantine, or not scanned (no scanner configured).</summary>
    public sealed record Uploaded(Guid DocumentId, DocumentScanStatus Scan) : DocumentUploadResult;

    public sealed record Refused(DocumentProblem Problem) : DocumentUploadResult;
}
