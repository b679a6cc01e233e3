namespace Portal.App.Features.Accounts.Security;

public enum PasswordChangeOutcome
{
    Changed,
    /// <summary>Refused; the wrong password counted towards the account's lockout.</summary>
    WrongCurrentPassword,
    /// <summary>The new password does not meet the policy (the page's checklist says which rule).</summary>
    NotAcceptable,
    /// <summary>The session's account is gone or may no longer sign in.</summary>
    SessionEnded,
    /// <summary>Refused, and the account is locked (this wrong password, or earlier ones): the session has ended.</summary>
    LockedOut,
}
