namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// A change to a person's contact details on their way to the state's case system (ATLAS), which is the system of
/// record: saved in the same transaction as the request, written to the case system's inbound folder as a JSON file
/// (<see cref="CaseSystemExport"/>), and settled by the acknowledgement that comes back through the import folder.
/// <see cref="Id"/> is the idempotency key: delivery is at least once, and the case system ignores a key it has seen.
/// </summary>
public sealed class CaseSystemChange
{
    public const int ReasonMaxLength = 500;

    private CaseSystemChange()
    {
        PersonId = RequestedByUserId = ProtectedContent = string.Empty;
    }

    public CaseSystemChange(Guid id, string personId, CaseSystemChangeKind kind, string protectedContent, string requestedByUserId, bool requestedByStaff, DateTimeOffset requestedAt)
    {
        Id = id;
        PersonId = personId;
        Kind = kind;
        ProtectedContent = protectedContent;
        RequestedByUserId = requestedByUserId;
        RequestedByStaff = requestedByStaff;
        RequestedAt = requestedAt;
        NextAttemptAt = requestedAt;
    }

    public Guid Id { get; private set; }
    public string PersonId { get; private set; }
    public CaseSystemChangeKind Kind { get; private set; }

    /// <summary>The new details as JSON (<see cref="ContactChangeContent"/>), encrypted at rest like the outbox's bodies.</summary>
    public string ProtectedContent { get; private set; }

    public string RequestedByUserId { get; private set; }
    public bool RequestedByStaff { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }

    public CaseSystemChangeStatus Status { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }

    /// <summary>The case system's reason for refusing the change, in its words.</summary>
    public string? RejectionReason { get; private set; }

    // The export's delivery bookkeeping, as the email outbox keeps it.
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public string? LastError { get; private set; }

    public void Accept(DateTimeOffset acknowledgedAt)
    {
        Status = CaseSystemChangeStatus.Accepted;
        AcknowledgedAt = acknowledgedAt;
        SentAt ??= acknowledgedAt;
    }

    public void Reject(DateTimeOffset acknowledgedAt, string reason)
    {
        Status = CaseSystemChangeStatus.Rejected;
        AcknowledgedAt = acknowledgedAt;
        RejectionReason = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
        SentAt ??= acknowledgedAt;
    }
}
