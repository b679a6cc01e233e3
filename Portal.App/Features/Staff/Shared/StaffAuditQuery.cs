using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;

using Portal.App.Features.Staff.Audit;

namespace Portal.App.Features.Staff.Shared;

/// <summary>A supervisor's audit search; every part is optional. Dates are Arizona calendar days, inclusive.</summary>
public sealed record StaffAuditQuery(string? StaffUserName = null, string? CaseNumber = null, DateOnly? From = null, DateOnly? To = null, StaffAuditAction? Action = null);
