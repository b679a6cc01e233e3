using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// A participant as the staff panel shows them: contact details, the latest changes to them sent to the case system
/// (newest first; none for children), and only the last four digits of an SSN. <paramref name="FamilyViolence"/> says the
/// case system protects the person's contact details from the other party (<see cref="ParticipantDisclosure"/>): staff
/// still see them, with a warning not to pass them on.
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
    IReadOnlyList<ContactChange> ContactChanges,
    bool FamilyViolence = false);
