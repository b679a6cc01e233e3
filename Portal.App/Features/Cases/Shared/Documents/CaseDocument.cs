using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>
/// A document uploaded to a case: who sent it, what it is, where its encrypted content is (<see cref="StorageKey"/>,
/// with its wrapped key), the scanner's verdict and staff's review. The original file name is kept encrypted.
/// </summary>
public sealed class CaseDocument
{
    public const int ReasonMaxLength = 500;

    private CaseDocument()
    {
        UploadedByUserId = ProtectedFileName = ContentType = Sha256 = StorageKey = ProtectedKey = string.Empty;
    }

    public CaseDocument(Guid id, CaseNumber caseNumber, string uploadedByUserId, string? uploaderPersonId, bool uploadedByStaff, DocumentType type,
        string protectedFileName, string contentType, long sizeBytes, string sha256, string storageKey, string protectedKey, DateTimeOffset uploadedAt)
    {
        Id = id;
        CaseNumber = caseNumber;
        UploadedByUserId = uploadedByUserId;
        UploaderPersonId = uploaderPersonId;
        UploadedByStaff = uploadedByStaff;
        Type = type;
        ProtectedFileName = protectedFileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        StorageKey = storageKey;
        ProtectedKey = protectedKey;
        UploadedAt = uploadedAt;
        ScanStatus = DocumentScanStatus.AwaitingScan;
        ReviewStatus = DocumentReviewStatus.Received;
    }

    public Guid Id { get; private set; }
    public CaseNumber CaseNumber { get; private set; }
    public string UploadedByUserId { get; private set; }

    /// <summary>The uploading parent's person id (null for staff): they may download it while still a parent on the case.</summary>
    public string? UploaderPersonId { get; private set; }

    public bool UploadedByStaff { get; private set; }
    public DocumentType Type { get; private set; }
    public string ProtectedFileName { get; private set; }
    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the plain content, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    /// <summary>The file's own AES key, wrapped with Data Protection.</summary>
    public string ProtectedKey { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
    public DocumentScanStatus ScanStatus { get; private set; }
    public DateTimeOffset? ScannedAt { get; private set; }
    public DocumentReviewStatus ReviewStatus { get; private set; }
    public string? NotAcceptedReason { get; private set; }
    public string? ReviewedByUserId { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>
    /// A parent gets back a file the scanner passed, or, where no scanner is configured, the file they sent (it is their
    /// own, and it goes to no one else); never one in quarantine or infected.
    /// </summary>
    public bool MayBeServedToParent => ScanStatus is DocumentScanStatus.Clean or DocumentScanStatus.NotScanned;

    /// <summary>Staff also get a file no scanner looked at (none configured), with a warning; never one in quarantine or infected.</summary>
    public bool MayBeServedToStaff => ScanStatus is DocumentScanStatus.Clean or DocumentScanStatus.NotScanned;

    public void RecordScan(DocumentScanStatus status, DateTimeOffset at)
    {
        ScanStatus = status;
        ScannedAt = at;
    }

    public void Accept(string staffUserId, DateTimeOffset at)
    {
        ReviewStatus = DocumentReviewStatus.Accepted;
        NotAcceptedReason = null;
        ReviewedByUserId = staffUserId;
        ReviewedAt = at;
    }

    public void Reject(string staffUserId, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ReviewStatus = DocumentReviewStatus.NotAccepted;
        var trimmed = reason.Trim();
        NotAcceptedReason = trimmed.Length > ReasonMaxLength ? trimmed[..ReasonMaxLength] : trimmed;
        ReviewedByUserId = staffUserId;
        ReviewedAt = at;
    }
}
