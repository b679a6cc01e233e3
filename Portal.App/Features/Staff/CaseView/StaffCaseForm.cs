using Portal.Domain.Forms;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>A form signed on the case, as the staff case page lists it (and links to the staff form page).</summary>
public sealed record StaffCaseForm(Guid Id, string Reference, FormKind Kind, FormStatus Status, DateTimeOffset SignedAt);
