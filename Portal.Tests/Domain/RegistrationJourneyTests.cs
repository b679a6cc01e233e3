using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class RegistrationJourneyTests
{
    [Fact]
    public void The_journey_has_nine_steps_and_the_password_is_the_sixth()
    {
        Assert.Equal(9, RegistrationJourney.StepCount);
        Assert.Equal(6, (int)JourneyStep.CreatePassword);
    }

    [Fact]
    public void The_two_stages_cover_every_step_once_in_order()
    {
        var all = RegistrationJourney.BeforeTheEmail.Concat(RegistrationJourney.AfterTheEmail).ToList();
        Assert.Equal(Enum.GetValues<JourneyStep>(), all);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.Equal((int)pair.First + 1, (int)pair.Second));
    }

    [Theory]
    [InlineData(JourneyStep.VerifyEmail, JourneyStep.FindCase)]
    [InlineData(JourneyStep.CreatePassword, JourneyStep.CreatePassword)]
    [InlineData(JourneyStep.Done, JourneyStep.CreatePassword)]
    public void A_step_is_shown_among_the_steps_of_its_stage(JourneyStep step, JourneyStep stageStartsWith) =>
        Assert.Equal(stageStartsWith, RegistrationJourney.StageOf(step)[0]);
}
