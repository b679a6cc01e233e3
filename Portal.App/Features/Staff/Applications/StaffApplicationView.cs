using Portal.App.Features.Cases.Shared.Applications;
using Portal.Domain.Applications;

namespace Portal.App.Features.Staff.Applications;

/// <summary>An application as the caseworker works it: the answers (the SSN as its last four), the messages, the documents sent with it, the decision.</summary>
public sealed record StaffApplicationView(
    Guid Id,
    string Reference,
    string ApplicantName,
    string? ApplicantEmail,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<ApplicationSectionRows> Sections,
    IReadOnlyList<StaffApplicationMessage> Messages,
    IReadOnlyList<ApplicationDocumentRow> Documents,
    string? DeclineReason,
    string? LinkedCaseNumber);

public sealed record StaffApplicationMessage(bool FromStaff, string Body, DateTimeOffset SentAt);

/// <summary>A parent on a case, whom an accepted application can be linked to.</summary>
public sealed record LinkCandidate(string PersonId, string Name, Portal.Domain.Cases.ParticipantRole Role, bool HasAccount);
