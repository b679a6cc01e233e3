namespace Portal.App.Features.Staff.CaseView;

/// <summary>The "help a caller" actions a caseworker can take on a parent's portal account.</summary>
public enum AccountSupportKind
{
    CheckPhonePin,
    Unlock,
    ResetSecurityQuestions,
    ResendVerificationEmail,
    DisableAccess,
    EnableAccess,
}
