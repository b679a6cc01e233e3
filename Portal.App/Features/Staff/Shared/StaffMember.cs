using Portal.App.Features.Staff.Audit;

namespace Portal.App.Features.Staff.Shared;

/// <summary>The signed-in staff member a staff service acts for, as the audit log names them.</summary>
public sealed record StaffMember(string UserId, string UserName, bool IsSupervisor);
