using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// A participant as the staff panel shows them: contact details, the latest changes to them sent to the case system
/// (newest first; none for children), and only the last four digits of an SSN.
/// </summary>
public sealed record StaffParticipant(
    string PersonId,
    ParticipantRole Role,
    string FullName,
    DateOnly DateOfBirth,
    string? SsnLast4,
    MailingAddress? Address,
    string? Email,
    IReadOnlyList<ParticipantPhone> Phones,
    IReadOnlyList<ContactChange> ContactChanges);
