namespace Portal.App.Infrastructure.Identity;

/// <summary>Why a stored session ended (kept on the row for support; never shown to another account).</summary>
public enum SessionEndReason
{
    SignedOut,
    /// <summary>The owner signed it out from another device's account security page.</summary>
    SignedOutElsewhere,
    /// <summary>Replaced by a fresh session after a password change or turning the authenticator off.</summary>
    Renewed,
    PasswordChanged,
    PasswordReset,
    AuthenticatorTurnedOff,
    LockedOut,
    AccessDisabled,
}
