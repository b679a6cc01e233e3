using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// A parent's portal account as staff see it: whether there is one, whether it is verified and activated, locked,
/// disabled, and when it was last used. Never the password, answers or PIN. <see cref="NextVerificationEmailAt"/>:
/// when a verification email may be sent again (null: now, or the account is activated).
/// </summary>
public sealed record ParentAccountStatus(
    string UserId,
    string PersonId,
    string UserName,
    bool EmailVerified,
    bool Activated,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? LastSignInAt,
    DateTimeOffset? SecurityQuestionsResetAt,
    bool HasPhonePin,
    DateTimeOffset? NextVerificationEmailAt = null)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    /// <summary>A verification email can be sent again until the account is activated.</summary>
    public bool AwaitsVerification => !Activated;
}
