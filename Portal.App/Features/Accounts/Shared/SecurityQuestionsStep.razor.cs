using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>Three questions and their answers (activation, reset, renewal); a question can be chosen once.</summary>
public sealed partial class SecurityQuestionsStep
{
    [Parameter] public string? UserName { get; set; }
    [Parameter, EditorRequired] public Func<IReadOnlyList<SecurityAnswerEntry>, Task<ActivationResult>> Submit { get; set; } = default!;

    /// <summary>The questions chosen, persisted with the circuit (not secret, unlike the answers, which never are).</summary>
    [PersistentState]
    public SecurityQuestion[] Questions
    {
        get => questions;
        set => questions = value is { Length: SecurityQuestionChoices.QuestionCount } ? value : new SecurityQuestion[SecurityQuestionChoices.QuestionCount];
    }

    private SecurityQuestion[] questions = new SecurityQuestion[SecurityQuestionChoices.QuestionCount];

    private readonly string[] answers = [.. Enumerable.Repeat(string.Empty, SecurityQuestionChoices.QuestionCount)];
    private readonly string?[] questionErrors = new string?[SecurityQuestionChoices.QuestionCount];
    private readonly string?[] answerErrors = new string?[SecurityQuestionChoices.QuestionCount];
    private bool busy;
    private SaveGuard saveGuard = default!;
    private ErrorSummary? summary;
    private bool focusSummary;

    private IReadOnlyList<QuestionOption> Options =>
        [.. Enum.GetValues<SecurityQuestion>().Select(q => new QuestionOption((int)q, L["Question" + q]))];

    // In the order a person reads them: each question, then its answer.
    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(
        [.. Enumerable.Range(0, SecurityQuestionChoices.QuestionCount).SelectMany(i => new[] { (QuestionId(i), questionErrors[i]), (AnswerId(i), answerErrors[i]) })]);

    private static string QuestionId(int index) => $"question-{index + 1}";
    private static string AnswerId(int index) => $"answer-{index + 1}";

    private int[] ChosenElsewhere(int index) => [.. Questions.Where((_, i) => i != index).Select(q => (int)q)];

    private async Task SubmitAsync()
    {
        for (var i = 0; i < Questions.Length; i++)
        {
            questionErrors[i] = !Enum.IsDefined(Questions[i]) ? L["QuestionMissing"].Value
                : Questions.Take(i).Contains(Questions[i]) ? L["QuestionRepeated"].Value : null;
        }
        ShowAnswerProblems(SecurityQuestionChoices.CheckAnswers(answers, UserName));
        if (Errors.Count > 0)
        {
            focusSummary = true;
            return;
        }

        busy = true;
        try
        {
            var entries = Questions.Zip(answers, (question, answer) => new SecurityAnswerEntry(question, answer)).ToList();
            // A database that cannot be written: the questions and answers stay and the step says to try again.
            await saveGuard.TrySaveAsync(async () =>
            {
                if (await Submit(entries) is ActivationResult.AnswersRejected rejected) ShowAnswerProblems(rejected.Answers);
                focusSummary = Errors.Count > 0;
            });
        }
        finally
        {
            busy = false;
        }
    }

    private void ShowAnswerProblems(IReadOnlyList<SecurityAnswerProblem> problems)
    {
        for (var i = 0; i < answerErrors.Length && i < problems.Count; i++)
        {
            answerErrors[i] = problems[i] switch
            {
                SecurityAnswerProblem.Missing => L["AnswerMissing"].Value,
                SecurityAnswerProblem.TooShort => L["AnswerTooShort", SecurityQuestionChoices.ShortestAnswer].Value,
                SecurityAnswerProblem.RepeatsAnotherAnswer => L["AnswerRepeated"].Value,
                SecurityAnswerProblem.SameAsUserName => L["AnswerSameAsUserName"].Value,
                _ => null,
            };
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }
}
