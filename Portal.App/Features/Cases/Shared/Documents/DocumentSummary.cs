using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>A document as a list shows it: the (decrypted) file name, what it is, and where it stands.</summary>
public sealed record DocumentSummary(
    Guid Id,
    CaseNumber CaseNumber,
    DocumentType Type,
    string FileName,
    string ContentType,
    long SizeBytes,
    DateTimeOffset UploadedAt,
    DocumentScanStatus Scan,
    DocumentReviewStatus Review,
    string? NotAcceptedReason,
    bool UploadedByStaff,
    bool MayDownload);
