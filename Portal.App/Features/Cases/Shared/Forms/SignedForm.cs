using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// A form a parent signed electronically, with its signature record (ESIGN/UETA style: who signed, when, from which
/// address, having consented, and a SHA-256 of exactly what they signed) and its PDF copy, stored encrypted like a
/// document. The answers and the name typed as the signature are encrypted at rest (<see cref="FormProtector"/>); a
/// bank account number has a protector of its own and is shown only as its last four digits.
/// </summary>
public sealed class SignedForm
{
    public const int IpMaxLength = 45;

    private SignedForm()
    {
        Reference = string.Empty;
        OfficeCode = string.Empty;
        UserId = string.Empty;
        PersonId = string.Empty;
        ProtectedAnswers = string.Empty;
        ProtectedSignedName = string.Empty;
        ContentSha256 = string.Empty;
        PdfStorageKey = string.Empty;
        PdfProtectedKey = string.Empty;
    }

    public SignedForm(Guid id, string reference, FormKind kind, CaseNumber caseNumber, string officeCode, string userId, string personId, ParticipantRole signerRole,
        string protectedAnswers, string protectedSignedName, DateTimeOffset signedAt, string? signerIp, string contentSha256, DateTimeOffset openLateFrom)
    {
        Id = id;
        Reference = reference;
        Kind = kind;
        CaseNumber = caseNumber;
        OfficeCode = officeCode;
        UserId = userId;
        PersonId = personId;
        SignerRole = signerRole;
        ProtectedAnswers = protectedAnswers;
        ProtectedSignedName = protectedSignedName;
        SignedAt = signedAt;
        SignerIp = signerIp;
        ContentSha256 = contentSha256;
        Status = FormStatus.Submitted;
        StatusChangedAt = signedAt;
        OpenLateFrom = openLateFrom;
        PdfStorageKey = string.Empty;
        PdfProtectedKey = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Reference { get; private set; }
    public FormKind Kind { get; private set; }
    public CaseNumber CaseNumber { get; private set; }

    /// <summary>The case's office when it was signed: the staff queue's office filter.</summary>
    public string OfficeCode { get; private set; }

    public string UserId { get; private set; }
    public string PersonId { get; private set; }

    /// <summary>The signer's role on the case when they signed: who was asking.</summary>
    public ParticipantRole SignerRole { get; private set; }

    public string ProtectedAnswers { get; private set; }

    // The signature record.
    public string ProtectedSignedName { get; private set; }
    public DateTimeOffset SignedAt { get; private set; }
    public string? SignerIp { get; private set; }
    public string ContentSha256 { get; private set; }

    // The PDF copy, encrypted in the document storage.
    public string PdfStorageKey { get; private set; }
    public string PdfProtectedKey { get; private set; }
    public long PdfSizeBytes { get; private set; }

    // A payment authorization's bank account.
    public string? ProtectedAccountNumber { get; private set; }
    public string? AccountLast4 { get; private set; }

    /// <summary>When a revocation ended this authorization; debits stop from then.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>A revocation's authorization; an address change's change to the case system.</summary>
    public Guid? RelatedId { get; private set; }

    public FormStatus Status { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }
    public string? NotApprovedReason { get; private set; }
    public string? AssignedToUserId { get; private set; }
    public string? AssignedToName { get; private set; }
    public DateTimeOffset? FirstOpenedAt { get; private set; }

    /// <summary>The instant an unopened form is flagged to supervisors (<see cref="FormOpenDue"/>).</summary>
    public DateTimeOffset OpenLateFrom { get; private set; }

    /// <summary>An authorization the agency set up and no revocation has ended: what recurring payments debit.</summary>
    public bool IsActiveAuthorization => Kind == FormKind.PaymentAuthorization && Status == FormStatus.Completed && RevokedAt is null;

    public void AttachPdf(string storageKey, string protectedKey, long sizeBytes)
    {
        PdfStorageKey = storageKey;
        PdfProtectedKey = protectedKey;
        PdfSizeBytes = sizeBytes;
    }

    /// <summary>The account an authorization debits (encrypted), or the one a revocation stops (its last four only).</summary>
    public void HoldAccount(string? protectedAccountNumber, string last4)
    {
        ProtectedAccountNumber = protectedAccountNumber;
        AccountLast4 = last4;
    }

    public void Relate(Guid id) => RelatedId = id;

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;

    public void Opened(DateTimeOffset at) => FirstOpenedAt ??= at;

    public void AssignTo(string? userId, string? name)
    {
        AssignedToUserId = userId;
        AssignedToName = userId is null ? null : name;
    }

    /// <summary>Moves the status if the flow allows it; the caller records the history entry and tells the parent.</summary>
    public bool MoveTo(FormStatus status, DateTimeOffset at, string? reason)
    {
        if (!FormStatusFlow.CanMove(Status, status)) return false;
        Status = status;
        StatusChangedAt = at;
        NotApprovedReason = status == FormStatus.NotApproved ? reason : null;
        return true;
    }
}
