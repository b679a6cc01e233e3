namespace Portal.App.Features.Accounts.Security;

/// <summary>What came of a password change.</summary>
public abstract record PasswordChangeResult
{
    private PasswordChangeResult() { }

    /// <summary>Changed; the ticket keeps this browser signed in while the account's other sessions end (<see cref="SessionRenewal"/>).</summary>
    public sealed record Changed(string RenewalTicket) : PasswordChangeResult;

    /// <summary>Refused; the wrong password counted towards the account's lockout.</summary>
    public sealed record WrongCurrentPassword : PasswordChangeResult;

    /// <summary>The new password does not meet the policy (the page's checklist says which rule).</summary>
    public sealed record NotAcceptable : PasswordChangeResult;

    /// <summary>The session's account is gone or may no longer sign in.</summary>
    public sealed record SessionEnded : PasswordChangeResult;

    /// <summary>Refused, and the account is locked (this wrong password, or earlier ones): the session has ended.</summary>
    public sealed record LockedOut : PasswordChangeResult;
}
