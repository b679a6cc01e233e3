using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// One line of the staff audit log: who (staff user id and user name), which case, what, when, and why. The
/// detail never holds a PIN, a full SSN or contact details: only what kind of change it was, or for a case search
/// the criteria as searched (an SSN by its last 4 digits, masked) and how many cases matched.
/// </summary>
public sealed class StaffAuditEntry
{
    public const int DetailMaxLength = 300;
    public const int ReasonMaxLength = 500;

    private StaffAuditEntry()
    {
        StaffUserId = StaffUserName = string.Empty;
    }

    public StaffAuditEntry(string staffUserId, string staffUserName, string? caseNumber, string? subjectUserId, StaffAuditAction action,
        string? detail, string? reason, DateTimeOffset occurredAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffUserId);
        StaffUserId = staffUserId;
        StaffUserName = staffUserName;
        CaseNumber = caseNumber;
        SubjectUserId = subjectUserId;
        Action = action;
        Detail = detail is { Length: > DetailMaxLength } ? detail[..DetailMaxLength] : detail;
        Reason = reason is { Length: > ReasonMaxLength } ? reason[..ReasonMaxLength] : reason;
        OccurredAt = occurredAt;
    }

    public long Id { get; private set; }
    public string StaffUserId { get; private set; }
    public string StaffUserName { get; private set; }

    /// <summary>The case's 10 digits; null only for an action on no particular case.</summary>
    public string? CaseNumber { get; private set; }

    /// <summary>The parent's portal account the action was about, if any (its id, not their name).</summary>
    public string? SubjectUserId { get; private set; }

    public StaffAuditAction Action { get; private set; }
    public string? Detail { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
}
