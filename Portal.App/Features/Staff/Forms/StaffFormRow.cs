using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Staff.Forms;

/// <summary>One line of the forms queue; <see cref="NotOpenedInTime"/> when no caseworker opened it by its date (flagged to supervisors).</summary>
public sealed record StaffFormRow(
    Guid Id,
    string Reference,
    FormKind Kind,
    CaseNumber CaseNumber,
    string OfficeCode,
    FormStatus Status,
    DateTimeOffset SignedAt,
    string? AssignedToName,
    bool NotOpenedInTime);
