using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>The outcome of saving one activation step.</summary>
public abstract record ActivationResult
{
    private ActivationResult() { }

    /// <summary>Saved; <paramref name="Next"/> is the step to show now.</summary>
    public sealed record Saved(ActivationStep Next) : ActivationResult;

    /// <summary>The link no longer works (or this step was already done): show <paramref name="State"/> instead.</summary>
    public sealed record LinkChanged(ActivationState State) : ActivationResult;

    public sealed record PasswordRejected(PasswordCheck Check) : ActivationResult;

    public sealed record AnswersRejected(SecurityQuestionSetProblem Questions, IReadOnlyList<SecurityAnswerProblem> Answers) : ActivationResult;

    public sealed record PinRejected(PhonePinProblem Problem) : ActivationResult;
}
