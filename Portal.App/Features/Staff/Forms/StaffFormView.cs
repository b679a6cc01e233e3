using Portal.App.Features.Cases.Shared.Forms;

namespace Portal.App.Features.Staff.Forms;

/// <summary>
/// A signed form as the caseworker's page shows it: the parent's view of it (answers, history, signature record), who
/// signed it, the office, who has it, and which actions it allows now. An address change follows the case system's
/// answer, so it allows no status action here.
/// </summary>
public sealed record StaffFormView(
    SignedFormView Form,
    string ParentName,
    string OfficeCode,
    string? AssignedToUserId,
    bool FollowsCaseSystem,
    bool MayMarkInReview,
    bool MayDecide,
    bool MayRevealAccount);
