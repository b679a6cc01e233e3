using Portal.Domain.Forms;

namespace Portal.App.Features.Staff.Forms;

/// <summary>
/// Which signed forms the queue lists. With no status and not <see cref="AllStatuses"/>, the open ones (submitted,
/// received, in review); <see cref="SignedDaysAgo"/> keeps those signed more than that many days ago.
/// </summary>
public sealed record StaffFormFilter(
    FormKind? Kind = null,
    FormStatus? Status = null,
    bool AllStatuses = false,
    string? OfficeCode = null,
    int? SignedDaysAgo = null,
    FormAssignment Assignment = FormAssignment.Anyone,
    bool NotOpenedInTime = false)
{
    public static readonly StaffFormFilter Default = new();

    /// <summary>The ages the queue offers: signed more than this many days ago.</summary>
    public static readonly IReadOnlyList<int> Ages = [2, 5, 10, 30];

    public static readonly IReadOnlyList<FormStatus> OpenStatuses = [FormStatus.Submitted, FormStatus.Received, FormStatus.InReview];
}
