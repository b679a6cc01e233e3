using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// An application for child support services by someone with no case yet: a draft saved as they go (kept
/// <see cref="ApplicationExpiry.Lifetime"/> from the day it was started, with reminders), then signed and submitted, and
/// worked by a caseworker until it is accepted (linked to a case) or declined. The answers and the name signed are
/// encrypted at rest (<see cref="ApplicationProtector"/>). The applicant's SSN is kept as every SSN in the portal is,
/// its fingerprint and last four digits, plus <see cref="SealedSsn"/>: the number encrypted for the case system with
/// its public key (<see cref="Infrastructure.CaseSystem.Changes.CaseSystemSealer"/>), which the portal cannot open.
/// </summary>
public sealed class SupportApplication
{
    public const int IpMaxLength = 45;
    public const int ReasonMaxLength = 1000;

    private SupportApplication()
    {
        UserId = string.Empty;
        ProtectedAnswers = string.Empty;
    }

    public SupportApplication(Guid id, string userId, DateTimeOffset startedAt, DateTimeOffset expiresAt, string protectedAnswers)
    {
        Id = id;
        UserId = userId;
        Status = ApplicationStatus.Draft;
        StartedAt = startedAt;
        SavedAt = startedAt;
        ExpiresAt = expiresAt;
        ProtectedAnswers = protectedAnswers;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public string ProtectedAnswers { get; private set; }

    // The applicant's SSN: never in clear.
    public string? SsnFingerprint { get; private set; }
    public string? SsnLast4 { get; private set; }
    public string? SealedSsn { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The fewest days left a reminder was sent for: each reminder goes once.</summary>
    public int? LastReminderDaysLeft { get; private set; }

    // The signature record, once submitted.
    public string? Reference { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? Culture { get; private set; }
    public string? ProtectedSignedName { get; private set; }
    public string? SignerIp { get; private set; }
    public string? ContentSha256 { get; private set; }

    // The PDF copy, encrypted in the document storage.
    public string? PdfStorageKey { get; private set; }
    public string? PdfProtectedKey { get; private set; }
    public long PdfSizeBytes { get; private set; }

    /// <summary>The change that carries the application to the case system.</summary>
    public Guid? CaseSystemChangeId { get; private set; }

    // The caseworkers' side.
    public DateTimeOffset? FirstOpenedAt { get; private set; }
    public DateTimeOffset? StatusChangedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? ProtectedDeclineReason { get; private set; }
    public string? LinkedCaseNumber { get; private set; }
    public string? LinkedPersonId { get; private set; }

    public bool IsOpen => Status is not (ApplicationStatus.Accepted or ApplicationStatus.Declined);

    public void Save(string protectedAnswers, DateTimeOffset at)
    {
        ProtectedAnswers = protectedAnswers;
        SavedAt = at;
    }

    public void KeepSsn(string fingerprint, string last4, string sealedSsn)
    {
        SsnFingerprint = fingerprint;
        SsnLast4 = last4;
        SealedSsn = sealedSsn;
    }

    public void ForgetSsn() => SsnFingerprint = SsnLast4 = SealedSsn = null;

    public void Reminded(int daysLeft) => LastReminderDaysLeft = daysLeft;

    public void Submit(string reference, string protectedAnswers, string protectedSignedName, string culture, string? signerIp, string contentSha256,
        DateTimeOffset at, Guid caseSystemChangeId)
    {
        Reference = reference;
        ProtectedAnswers = protectedAnswers;
        ProtectedSignedName = protectedSignedName;
        Culture = culture;
        SignerIp = signerIp is { Length: > IpMaxLength } ? signerIp[..IpMaxLength] : signerIp;
        ContentSha256 = contentSha256;
        SavedAt = at;
        SubmittedAt = StatusChangedAt = at;
        CaseSystemChangeId = caseSystemChangeId;
        Status = ApplicationStatus.Submitted;
    }

    public void AttachPdf(string storageKey, string protectedKey, long sizeBytes)
    {
        PdfStorageKey = storageKey;
        PdfProtectedKey = protectedKey;
        PdfSizeBytes = sizeBytes;
    }

    /// <summary>A caseworker opened it: the first opening moves a submitted application into review.</summary>
    public void Opened(DateTimeOffset at)
    {
        FirstOpenedAt ??= at;
        if (Status == ApplicationStatus.Submitted) Move(ApplicationStatus.InReview, at);
    }

    public void AskForInformation(DateTimeOffset at) => Move(ApplicationStatus.InformationRequested, at);

    /// <summary>The applicant answered a request: back to the caseworker.</summary>
    public void Answered(DateTimeOffset at)
    {
        if (Status == ApplicationStatus.InformationRequested) Move(ApplicationStatus.InReview, at);
    }

    public void Accept(string caseNumber, string personId, string byUserId, DateTimeOffset at)
    {
        LinkedCaseNumber = caseNumber;
        LinkedPersonId = personId;
        Decide(ApplicationStatus.Accepted, byUserId, at);
    }

    public void Decline(string protectedReason, string byUserId, DateTimeOffset at)
    {
        ProtectedDeclineReason = protectedReason;
        Decide(ApplicationStatus.Declined, byUserId, at);
    }

    private void Decide(ApplicationStatus status, string byUserId, DateTimeOffset at)
    {
        DecidedAt = at;
        DecidedByUserId = byUserId;
        Move(status, at);
    }

    private void Move(ApplicationStatus status, DateTimeOffset at)
    {
        Status = status;
        StatusChangedAt = at;
    }
}
