namespace Portal.Domain.Accounts;

public enum SecurityQuestionSetProblem
{
    None,
    NotThreeQuestions,
    RepeatedQuestion,
}
