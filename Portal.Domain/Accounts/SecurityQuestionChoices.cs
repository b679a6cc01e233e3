using System.Globalization;

namespace Portal.Domain.Accounts;

/// <summary>
/// The three security questions a parent chooses at registration, and their answers, which later let them
/// reset a forgotten password.
/// </summary>
public static class SecurityQuestionChoices
{
    public const int QuestionCount = 3;
    public const int ShortestAnswer = 3;

    /// <summary>
    /// Three distinct questions. A value that is not a defined question (such as an unset 0) counts as not
    /// chosen, so the set is <see cref="SecurityQuestionSetProblem.NotThreeQuestions"/>.
    /// </summary>
    public static SecurityQuestionSetProblem CheckQuestions(IReadOnlyList<SecurityQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count != QuestionCount || !questions.All(Enum.IsDefined))
            return SecurityQuestionSetProblem.NotThreeQuestions;
        return questions.Distinct().Count() == questions.Count
            ? SecurityQuestionSetProblem.None
            : SecurityQuestionSetProblem.RepeatedQuestion;
    }

    /// <summary>
    /// One problem per answer, in order, compared after <see cref="SecurityAnswer.Normalize"/>. When two answers
    /// are the same, the later one is flagged. A missing or short answer is reported as that; an answer equal to
    /// the username is reported as such even when it also repeats an earlier one.
    /// </summary>
    public static IReadOnlyList<SecurityAnswerProblem> CheckAnswers(IReadOnlyList<string?> answers, string? userName)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var normalizedUserName = SecurityAnswer.Normalize(userName);
        var earlier = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<SecurityAnswerProblem>(answers.Count);
        foreach (var answer in answers)
        {
            var normalized = SecurityAnswer.Normalize(answer);
            problems.Add(normalized switch
            {
                "" => SecurityAnswerProblem.Missing,
                _ when new StringInfo(normalized).LengthInTextElements < ShortestAnswer => SecurityAnswerProblem.TooShort,
                _ when normalizedUserName.Length > 0 && normalized == normalizedUserName => SecurityAnswerProblem.SameAsUserName,
                _ when earlier.Contains(normalized) => SecurityAnswerProblem.RepeatsAnotherAnswer,
                _ => SecurityAnswerProblem.None,
            });
            if (normalized.Length > 0) earlier.Add(normalized);
        }
        return problems;
    }
}
