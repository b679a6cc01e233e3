using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// One "that username is already taken" answer, counted against the draft and the client it went to, so the
/// answer (which must be given: usernames are unique) cannot be used to list who has an account. Kept only as
/// long as the window in <see cref="RegistrationOptions.UserNameCheckWindow"/> needs it.
/// </summary>
public sealed class TakenUserNameAnswer
{
    private TakenUserNameAnswer()
    {
        ClientKey = string.Empty;
    }

    public TakenUserNameAnswer(Guid draftId, string clientKey, DateTimeOffset answeredAt)
    {
        DraftId = draftId;
        ClientKey = clientKey;
        AnsweredAt = answeredAt;
    }

    public long Id { get; private set; }
    public Guid DraftId { get; private set; }

    /// <summary>The client's key as the case matcher counts it (<see cref="FailedMatchAttempt.ClientKeyOf"/>): a hash, not the address.</summary>
    public string ClientKey { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
}
