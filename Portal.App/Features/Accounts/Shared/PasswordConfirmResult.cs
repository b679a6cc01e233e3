namespace Portal.App.Features.Accounts.Shared;

/// <summary>What came of typing the current password again before a sensitive change.</summary>
public enum PasswordConfirmResult
{
    /// <summary>Right: the session counts as a recent sign-in for RecentSignIn:Window.</summary>
    Right,

    /// <summary>Wrong: counted towards the account's lockout, as at sign-in.</summary>
    Wrong,

    /// <summary>Wrong, and the account is now locked (or already was): the session has ended.</summary>
    LockedOut,

    /// <summary>The session's account is gone, disabled, or the session is over.</summary>
    SessionEnded,
}
