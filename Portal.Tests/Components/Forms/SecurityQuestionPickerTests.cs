using Bunit;
using Portal.App.Components.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Forms;

public sealed class SecurityQuestionPickerTests : BunitContext
{
    private static readonly QuestionOption[] Questions = [new(1, "First pet?"), new(2, "City of birth?"), new(3, "First school?")];

    public SecurityQuestionPickerTests() => this.AddPortalTestServices();

    [Fact]
    public void A_question_chosen_in_another_slot_is_disabled_here_but_this_slots_own_is_not()
    {
        using var culture = CultureScope.English();
        var picker = Render<SecurityQuestionPicker>(p => p.Add(q => q.Id, "question-2").Add(q => q.Label, "Question 2")
            .Add(q => q.Options, Questions).Add(q => q.Value, 3).Add(q => q.Taken, [1, 3]));

        Assert.Equal("question-2", picker.Find("label").GetAttribute("for"));
        Assert.Equal("Choose a question", picker.Find("option[value='0']").TextContent);
        Assert.True(picker.Find("option[value='1']").HasAttribute("disabled"));
        Assert.False(picker.Find("option[value='2']").HasAttribute("disabled"));
        Assert.False(picker.Find("option[value='3']").HasAttribute("disabled"));
    }

    [Fact]
    public void Choosing_a_question_reports_its_value_and_an_error_marks_the_list()
    {
        var chosen = -1;
        var picker = Render<SecurityQuestionPicker>(p => p.Add(q => q.Id, "question-1").Add(q => q.Label, "Question 1").Add(q => q.Options, Questions)
            .Add(q => q.ValueChanged, (int v) => chosen = v).Add(q => q.Errors, [new FieldError("question-1", "Choose a question.")]));

        picker.Find("select").Change("2");

        Assert.Equal(2, chosen);
        Assert.Equal("true", picker.Find("select").GetAttribute("aria-invalid"));
        Assert.Equal("question-1-error", picker.Find("select").GetAttribute("aria-describedby"));
        Assert.Contains("Choose a question.", picker.Find("#question-1-error").TextContent, StringComparison.Ordinal);
    }
}
