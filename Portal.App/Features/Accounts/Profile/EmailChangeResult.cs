namespace Portal.App.Features.Accounts.Profile;

/// <summary>What asking for a new email address did. An address already in use elsewhere answers Sent too (enumeration-safe).</summary>
public enum EmailChangeResult
{
    Sent,
    InvalidAddress,
    SameAsCurrent,
    /// <summary>The session's sign-in is older than the recent sign-in window: the password is needed first.</summary>
    NeedsRecentSignIn,
    SessionEnded,
}
