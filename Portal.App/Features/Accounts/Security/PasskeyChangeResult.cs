namespace Portal.App.Features.Accounts.Security;

/// <summary>What came of adding, renaming or removing a passkey.</summary>
public enum PasskeyChangeResult
{
    Done,

    /// <summary>No sign-in (or password typed again) within RecentSignIn:Window: the password first.</summary>
    RecentSignInNeeded,

    /// <summary>The name is empty or too long.</summary>
    InvalidName,

    /// <summary>Not one of this account's passkeys (removed meanwhile, or another account's).</summary>
    NotFound,

    /// <summary>The authenticator's answer did not verify, was for another account, or is already registered.</summary>
    NotAccepted,

    /// <summary>The session's account is gone or may no longer sign in.</summary>
    SessionEnded,
}
