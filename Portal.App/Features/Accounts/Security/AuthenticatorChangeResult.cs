namespace Portal.App.Features.Accounts.Security;

/// <summary>What came of turning the authenticator off or asking for new recovery codes (both need the current password).</summary>
public abstract record AuthenticatorChangeResult
{
    private AuthenticatorChangeResult() { }

    /// <summary>Turned off; the ticket keeps this browser signed in while the account's other sessions end (<see cref="SessionRenewal"/>).</summary>
    public sealed record TurnedOff(string RenewalTicket) : AuthenticatorChangeResult;

    /// <summary>New recovery codes, shown once; the old ones no longer work.</summary>
    public sealed record NewRecoveryCodes(IReadOnlyList<string> Codes) : AuthenticatorChangeResult;

    /// <summary>Refused; the wrong password counted towards the account's lockout.</summary>
    public sealed record WrongCurrentPassword : AuthenticatorChangeResult;

    /// <summary>Refused, and the account is locked (this wrong password, or earlier ones): the session has ended.</summary>
    public sealed record LockedOut : AuthenticatorChangeResult;

    /// <summary>The session's account is gone or may no longer sign in.</summary>
    public sealed record SessionEnded : AuthenticatorChangeResult;

    /// <summary>The authenticator is not on (turned off elsewhere): nothing to do.</summary>
    public sealed record NotOn : AuthenticatorChangeResult;
}
