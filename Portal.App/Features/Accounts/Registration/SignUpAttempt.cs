using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// One "apply for services" sign-up, counted against the client it came from (<see cref="RegistrationOptions.SignUpsPerClient"/>),
/// and kept only as long as that window needs it.
/// </summary>
public sealed class SignUpAttempt
{
    private SignUpAttempt()
    {
        ClientKey = string.Empty;
    }

    public SignUpAttempt(string clientKey, DateTimeOffset attemptedAt)
    {
        ClientKey = clientKey;
        AttemptedAt = attemptedAt;
    }

    public long Id { get; private set; }

    /// <summary>The client's key (<see cref="FailedMatchAttempt.ClientKeyOf"/>): a hash, not the address.</summary>
    public string ClientKey { get; private set; }
    public DateTimeOffset AttemptedAt { get; private set; }
}
