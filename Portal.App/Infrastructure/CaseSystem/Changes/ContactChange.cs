namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>One change to a person's contact details as the pages show it: what, where it stands, and when each step happened.</summary>
public sealed record ContactChange(
    Guid Id,
    CaseSystemChangeKind Kind,
    ContactChangeContent? Content,
    CaseSystemChangeStatus Status,
    DateTimeOffset RequestedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? AcknowledgedAt,
    string? RejectionReason,
    bool RequestedByStaff);
