namespace Portal.App.Features.Accounts.Security;

/// <summary>What came of turning the authenticator off or asking for new recovery codes (both need the current password).</summary>
public enum AuthenticatorChangeOutcome
{
    Done,
    /// <summary>Refused; the wrong password counted towards the account's lockout.</summary>
    WrongCurrentPassword,
    /// <summary>Refused, and the account is locked (this wrong password, or earlier ones): the session has ended.</summary>
    LockedOut,
    /// <summary>The session's account is gone or may no longer sign in.</summary>
    SessionEnded,
    /// <summary>The authenticator is not on (turned off elsewhere): nothing to do.</summary>
    NotOn,
}
