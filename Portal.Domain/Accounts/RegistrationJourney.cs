namespace Portal.Domain.Accounts;

/// <summary>How the journey of creating an account is shown: "Step 6 of 9", and which steps each stage lists.</summary>
public static class RegistrationJourney
{
    public static int StepCount { get; } = Enum.GetValues<JourneyStep>().Length;

    /// <summary>The wizard's steps, up to the email that carries the link (the thank-you page asks to verify it).</summary>
    public static IReadOnlyList<JourneyStep> BeforeTheEmail { get; } = [JourneyStep.FindCase, JourneyStep.Account, JourneyStep.Terms, JourneyStep.Review, JourneyStep.VerifyEmail];

    /// <summary>The steps behind the emailed link, ending with the account ready to sign in.</summary>
    public static IReadOnlyList<JourneyStep> AfterTheEmail { get; } = [JourneyStep.CreatePassword, JourneyStep.SecurityQuestions, JourneyStep.PhonePin, JourneyStep.Done];

    /// <summary>The stage a step belongs to: what the step indicator lists while it is shown.</summary>
    public static IReadOnlyList<JourneyStep> StageOf(JourneyStep step) => step <= JourneyStep.VerifyEmail ? BeforeTheEmail : AfterTheEmail;
}
