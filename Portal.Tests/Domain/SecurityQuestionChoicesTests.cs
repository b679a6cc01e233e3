using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public class SecurityQuestionChoicesTests
{
    [Fact]
    public void Answers_are_not_case_or_spacing_sensitive()
    {
        Assert.Equal("new york", SecurityAnswer.Normalize("  New \t York "));
        Assert.Equal(SecurityAnswer.Normalize("MAPLE   street"), SecurityAnswer.Normalize("maple street"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Blank_answer_normalises_to_empty(string? answer)
    {
        Assert.Equal(string.Empty, SecurityAnswer.Normalize(answer));
    }

    [Fact]
    public void Accented_answer_is_the_same_however_the_accent_was_typed()
    {
        Assert.Equal(SecurityAnswer.Normalize("Jos\u00E9"), SecurityAnswer.Normalize("JOSE\u0301"));
    }

    [Fact]
    public void Three_good_answers_have_no_problems()
    {
        var problems = SecurityQuestionChoices.CheckAnswers(["Rex", "Tucson", "Mrs. Ortega"], "dmartinez");

        Assert.Equal([SecurityAnswerProblem.None, SecurityAnswerProblem.None, SecurityAnswerProblem.None], problems);
    }

    [Fact]
    public void Answer_shorter_than_three_characters_is_too_short()
    {
        var problems = SecurityQuestionChoices.CheckAnswers(["Rex", "  Al ", "Tucson"], null);

        Assert.Equal(SecurityAnswerProblem.TooShort, problems[1]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_answer_is_missing(string? answer)
    {
        var problems = SecurityQuestionChoices.CheckAnswers(["Rex", answer, "Tucson"], null);

        Assert.Equal([SecurityAnswerProblem.None, SecurityAnswerProblem.Missing, SecurityAnswerProblem.None], problems);
    }

    [Fact]
    public void Answer_repeating_an_earlier_one_in_another_case_and_spacing_is_flagged()
    {
        var problems = SecurityQuestionChoices.CheckAnswers(["Maple Street", "Rex", "  MAPLE   street"], null);

        Assert.Equal([SecurityAnswerProblem.None, SecurityAnswerProblem.None, SecurityAnswerProblem.RepeatsAnotherAnswer], problems);
    }

    [Fact]
    public void Three_identical_answers_are_each_flagged_after_the_first()
    {
        var problems = SecurityQuestionChoices.CheckAnswers(["Phoenix", "phoenix", "PHOENIX"], null);

        Assert.Equal([SecurityAnswerProblem.None, SecurityAnswerProblem.RepeatsAnotherAnswer, SecurityAnswerProblem.RepeatsAnotherAnswer], problems);
    }

    [Fact]
    public void Answer_equal_to_the_username_is_flagged()
    {
        var problems = SecurityQuestionChoices.CheckAnswers(["Rex", "DMartinez ", "Tucson"], "dmartinez");

        Assert.Equal([SecurityAnswerProblem.None, SecurityAnswerProblem.SameAsUserName, SecurityAnswerProblem.None], problems);
    }

    [Fact]
    public void Three_distinct_questions_are_accepted()
    {
        var problem = SecurityQuestionChoices.CheckQuestions(
            [SecurityQuestion.FirstPetName, SecurityQuestion.CityOfBirth, SecurityQuestion.FavoriteTeacher]);

        Assert.Equal(SecurityQuestionSetProblem.None, problem);
    }

    [Fact]
    public void Two_or_four_questions_are_not_three()
    {
        Assert.Equal(SecurityQuestionSetProblem.NotThreeQuestions,
            SecurityQuestionChoices.CheckQuestions([SecurityQuestion.FirstPetName, SecurityQuestion.CityOfBirth]));
        Assert.Equal(SecurityQuestionSetProblem.NotThreeQuestions,
            SecurityQuestionChoices.CheckQuestions(
                [SecurityQuestion.FirstPetName, SecurityQuestion.CityOfBirth, SecurityQuestion.FirstSchool, SecurityQuestion.FavoriteTeacher]));
    }

    [Fact]
    public void An_unchosen_question_leaves_the_set_short_of_three()
    {
        var problem = SecurityQuestionChoices.CheckQuestions([SecurityQuestion.FirstPetName, default, SecurityQuestion.CityOfBirth]);

        Assert.Equal(SecurityQuestionSetProblem.NotThreeQuestions, problem);
    }

    [Fact]
    public void The_same_question_twice_is_refused()
    {
        var problem = SecurityQuestionChoices.CheckQuestions(
            [SecurityQuestion.FirstPetName, SecurityQuestion.CityOfBirth, SecurityQuestion.FirstPetName]);

        Assert.Equal(SecurityQuestionSetProblem.RepeatedQuestion, problem);
    }

    [Fact]
    public void There_are_at_least_twelve_questions_to_choose_from()
    {
        Assert.True(Enum.GetValues<SecurityQuestion>().Length >= 12);
    }
}
