using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// A staff service was called for someone who is not staff (or, for the audit log, not a supervisor). Pages never
/// let that happen; this is the second line of defence, so it is an error, not an outcome to show.
/// </summary>
public sealed class StaffAccessDeniedException(string message) : UnauthorizedAccessException(message);
