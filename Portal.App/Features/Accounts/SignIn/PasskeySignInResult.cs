using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What a passkey offered at sign-in did.</summary>
public abstract record PasskeySignInResult
{
    private PasskeySignInResult() { }

    /// <summary>The passkey is the account's and the account may sign in: both steps are done.</summary>
    public sealed record SignedIn(PortalUser User) : PasskeySignInResult;

    /// <summary>
    /// Not a passkey of this portal (or no longer: removed), not the account whose name was typed, a locked, disabled
    /// or unfinished account, or no passkey sign-in under way. One answer for all, as for a wrong password.
    /// </summary>
    public sealed record Refused : PasskeySignInResult;
}
