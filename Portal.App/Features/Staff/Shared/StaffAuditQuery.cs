using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Shared;

/// <summary>A supervisor's audit search; every part is optional. Dates are Arizona calendar days, inclusive.</summary>
public sealed record StaffAuditQuery(string? StaffUserName = null, string? CaseNumber = null, DateOnly? From = null, DateOnly? To = null, StaffAuditAction? Action = null);
