using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class RegistrationProgressTests
{
    private static readonly RegistrationProgress Everything = new(Matched: true, AccountChosen: true, TermsAccepted: true);

    [Theory]
    [InlineData(RegistrationStep.FindCase, RegistrationStep.Account)]
    [InlineData(RegistrationStep.Account, RegistrationStep.Terms)]
    [InlineData(RegistrationStep.Terms, RegistrationStep.Review)]
    [InlineData(RegistrationStep.Review, RegistrationStep.Done)]
    public void Each_step_leads_to_the_next(RegistrationStep completed, RegistrationStep next) =>
        Assert.Equal(next, new RegistrationProgress(true, false, false).After(completed, changingFromReview: false));

    [Fact]
    public void An_answer_changed_from_the_review_goes_back_to_the_review() =>
        Assert.Equal(RegistrationStep.Review, Everything.After(RegistrationStep.FindCase, changingFromReview: true));

    [Fact]
    public void A_change_that_leaves_something_unanswered_goes_on_to_it_instead() =>
        Assert.Equal(RegistrationStep.Account, new RegistrationProgress(true, AccountChosen: false, TermsAccepted: false).After(RegistrationStep.FindCase, changingFromReview: true));

    [Theory]
    [InlineData(RegistrationStep.Account)]
    [InlineData(RegistrationStep.Review)]
    public void A_draft_without_a_match_opens_at_find_your_case(RegistrationStep saved) =>
        Assert.Equal(RegistrationStep.FindCase, new RegistrationProgress(false, true, true).Resume(saved));

    [Fact]
    public void A_draft_opens_where_it_was_saved() =>
        Assert.Equal(RegistrationStep.Terms, Everything.Resume(RegistrationStep.Terms));

    [Fact]
    public void A_draft_saved_at_an_incomplete_review_opens_at_its_first_unanswered_step()
    {
        Assert.Equal(RegistrationStep.Account, new RegistrationProgress(true, false, true).Resume(RegistrationStep.Review));
        Assert.Equal(RegistrationStep.Terms, new RegistrationProgress(true, true, false).Resume(RegistrationStep.Review));
    }
}
