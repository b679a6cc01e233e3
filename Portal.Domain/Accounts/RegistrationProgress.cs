namespace Portal.Domain.Accounts;

/// <summary>
/// What the registration wizard has been given so far, and the step rules that follow from it: which step comes
/// after another, and where a saved draft opens again.
/// </summary>
public sealed record RegistrationProgress(bool Matched, bool AccountChosen, bool TermsAccepted)
{
    public bool ReadyForReview => Matched && AccountChosen && TermsAccepted;

    /// <summary>
    /// The step after <paramref name="completed"/>. An answer changed from the review goes back to the review, once
    /// everything is answered again (a different parent's match clears the account, so it asks for it first).
    /// </summary>
    public RegistrationStep After(RegistrationStep completed, bool changingFromReview) =>
        changingFromReview && ReadyForReview ? RegistrationStep.Review
        : completed switch
        {
            RegistrationStep.FindCase => RegistrationStep.Account,
            RegistrationStep.Account => RegistrationStep.Terms,
            RegistrationStep.Terms => RegistrationStep.Review,
            _ => RegistrationStep.Done,
        };

    /// <summary>
    /// Where a draft saved at <paramref name="saved"/> opens: one that lost its match (or never had one) at "Find your
    /// case", one saved at the review that is no longer complete at its first unanswered step.
    /// </summary>
    public RegistrationStep Resume(RegistrationStep saved) =>
        !Matched ? RegistrationStep.FindCase
        : saved == RegistrationStep.Review && !ReadyForReview ? (AccountChosen ? RegistrationStep.Terms : RegistrationStep.Account)
        : saved;
}
