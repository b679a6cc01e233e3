using Portal.App.Features.Accounts.Recovery;
using Portal.Domain.Cases;

namespace Portal.Tests.Features.Accounts.Recovery;

/// <summary>
/// The recovery pages must not tell a stranger whether an email's account is on a case: the questions are the
/// email's on every page whatever case number is typed, and a wrong case number fails only with the answers.
/// </summary>
[Collection(RecoveryCollection.Name)]
public sealed class RecoveryCaseNumberTests(RecoveryPortal fixture)
{
    private static readonly string Email = RecoveryPortal.Parent.Email;

    private static readonly CaseNumber[] TypedCaseNumbers =
        [RecoveryPortal.ParentCase, CaseNumber.FromSerial(123_456_789), CaseNumber.FromSerial(200_000_001), CaseNumber.FromSerial(1)];

    private AccountRecovery Recovery => fixture.Recovery;

    [Theory]
    [InlineData("registered")]
    [InlineData("nobody.on.file@example.net")]
    public async Task Both_recovery_pages_ask_an_email_the_same_questions_whatever_case_number_is_typed(string who)
    {
        var email = who == "registered" ? Email : who;
        var username = await Recovery.GetUsernameQuestionsAsync(email, default);

        foreach (var caseNumber in TypedCaseNumbers)
        {
            var password = await Recovery.GetPasswordQuestionsAsync(" " + email.ToUpperInvariant(), caseNumber, default);
            Assert.Equal(username.Questions, password.Questions);
        }
        if (who == "registered") Assert.Equal(RecoveryPortal.ParentQuestions, username.Questions);
    }

    [Fact]
    public async Task A_wrong_case_number_with_the_right_answers_fails_and_counts_exactly_like_wrong_answers()
    {
        // Far from the other tests' instants, whatever order they run in.
        fixture.Portal.Clock.Advance(TimeSpan.FromDays(5));
        var locks = await fixture.CountEmailsAsync("RecoveryLocked", Email);
        var wrongCase = await Recovery.GetPasswordQuestionsAsync(Email, CaseNumber.FromSerial(123_456_789), default);
        var right = RecoveryPortal.RightAnswers(wrongCase);

        Assert.Equal(new RecoveryAnswerResult.Failed(), await Recovery.AnswerAsync(wrongCase, right, default));
        Assert.Equal(new RecoveryAnswerResult.Failed(), await Recovery.AnswerAsync(wrongCase, RecoveryPortal.WrongAnswers, default));
        Assert.Equal(new RecoveryAnswerResult.Failed(), await Recovery.AnswerAsync(wrongCase, right, default));

        // Three failures, of either kind, lock recovery and tell the owner, as three sets of wrong answers do.
        Assert.Equal(locks + 1, await fixture.CountEmailsAsync("RecoveryLocked", Email));
        fixture.Portal.Clock.Advance(TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task The_right_case_number_and_the_right_answers_still_allow_a_new_password()
    {
        fixture.Portal.Clock.Advance(TimeSpan.FromDays(7));
        var challenge = await Recovery.GetPasswordQuestionsAsync(Email, RecoveryPortal.ParentCase, default);

        Assert.IsType<RecoveryAnswerResult.PasswordResetAllowed>(await Recovery.AnswerAsync(challenge, RecoveryPortal.RightAnswers(challenge), default));
    }
}
