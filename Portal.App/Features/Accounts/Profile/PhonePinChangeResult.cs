using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>What changing the phone PIN did.</summary>
public abstract record PhonePinChangeResult
{
    private PhonePinChangeResult() { }

    public sealed record Changed : PhonePinChangeResult;

    /// <summary>The PIN breaks a rule (the registration's rules, <see cref="PhonePin"/>).</summary>
    public sealed record NotAcceptable(PhonePinProblem Problem) : PhonePinChangeResult;

    /// <summary>Counted towards the lockout, as at sign-in.</summary>
    public sealed record WrongPassword : PhonePinChangeResult;

    public sealed record LockedOut : PhonePinChangeResult;

    public sealed record SessionEnded : PhonePinChangeResult;
}
