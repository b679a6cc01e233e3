using Portal.App.Features.Cases.Shared.Documents;
using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// A document an applicant sent with their application, before there is a case to keep it on: stored and scanned as a
/// case's documents are (<see cref="DocumentIntake"/>), its name encrypted. When the application is linked to a case it
/// becomes one of that case's documents (<see cref="ToCaseDocument"/>), with the same encrypted content.
/// </summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
        ProtectedFileName = ContentType = Sha256 = StorageKey = ProtectedKey = string.Empty;
    }

    public ApplicationDocument(Guid id, Guid applicationId, DocumentType type, string protectedFileName, string contentType, long sizeBytes, string sha256,
        string storageKey, string protectedKey, DateTimeOffset uploadedAt)
    {
        Id = id;
        ApplicationId = applicationId;
        Type = type;
        ProtectedFileName = protectedFileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        StorageKey = storageKey;
        ProtectedKey = protectedKey;
        UploadedAt = uploadedAt;
        ScanStatus = DocumentScanStatus.AwaitingScan;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DocumentType Type { get; private set; }
    public string ProtectedFileName { get; private set; }
    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; }
    public string StorageKey { get; private set; }
    public string ProtectedKey { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public DocumentScanStatus ScanStatus { get; private set; }
    public DateTimeOffset? ScannedAt { get; private set; }

    /// <summary>As a case's documents: never one in quarantine or infected.</summary>
    public bool MayBeServed => ScanStatus is DocumentScanStatus.Clean or DocumentScanStatus.NotScanned;

    public void RecordScan(DocumentScanStatus status, DateTimeOffset at)
    {
        ScanStatus = status;
        ScannedAt = at;
    }

    /// <summary>The same document, sent by the applicant (now <paramref name="personId"/>) to the case their application became.</summary>
    public CaseDocument ToCaseDocument(CaseNumber caseNumber, string userId, string personId)
    {
        var document = new CaseDocument(Id, caseNumber, userId, personId, uploadedByStaff: false, Type, ProtectedFileName, ContentType, SizeBytes, Sha256,
            StorageKey, ProtectedKey, UploadedAt);
        if (ScannedAt is { } scannedAt) document.RecordScan(ScanStatus, scannedAt);
        return document;
    }
}
