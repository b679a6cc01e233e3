namespace Portal.App.Features.AccountSecurity;

public enum PasswordChangeOutcome
{
    Changed,
    WrongCurrentPassword,
    /// <summary>The new password does not meet the policy (the page's checklist says which rule).</summary>
    NotAcceptable,
    /// <summary>The session's account is gone or may no longer sign in.</summary>
    SessionEnded,
}
