using Bunit;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class ActivationStepTests : BunitContext
{
    private static readonly PasswordPolicy Arizona = new(PasswordRules.Arizona, CommonPasswords.Bundled);
    private static readonly PasswordContext Person = new("elisa.lang", "1234567890", ["Elisa", "Lang"]);

    public ActivationStepTests() => this.AddPortalTestServices();

    [Fact]
    public void The_password_checklist_follows_what_is_typed()
    {
        using var culture = CultureScope.English();
        var step = RenderPasswordStep(_ => throw new InvalidOperationException("Not submitted"));

        Assert.All(step.FindAll("#password-checklist li"), item => Assert.Equal("is-unmet", item.ClassName));
        step.Find("#new-password").Input("saguaro");
        Assert.Equal("is-met", Requirement(step, PasswordRequirement.Lowercase).ClassName);
        Assert.Equal("is-unmet", Requirement(step, PasswordRequirement.Uppercase).ClassName);
        Assert.Contains("Not yet:", Requirement(step, PasswordRequirement.Uppercase).TextContent, StringComparison.Ordinal);

        step.Find("#new-password").Input("Saguaro#Wren47");
        Assert.All(step.FindAll("#password-checklist li"), item => Assert.Equal("is-met", item.ClassName));
        Assert.Contains("Done:", Requirement(step, PasswordRequirement.Symbol).TextContent, StringComparison.Ordinal);

        step.Find("#new-password").Input("Elisa#Wren47");
        Assert.Equal("is-unmet", Requirement(step, PasswordRequirement.NoPersonalInfo).ClassName);

        // Announced when leaving the field, not on every key.
        Assert.Equal(string.Empty, step.Find("[role=status]").TextContent.Trim());
        step.Find("#new-password").Blur();
        Assert.Equal("1 password requirement(s) not met yet.", step.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public void A_mismatched_confirmation_is_flagged_next_to_it_and_nothing_typed_is_lost()
    {
        using var culture = CultureScope.English();
        var submitted = false;
        var step = RenderPasswordStep(_ => { submitted = true; return Task.FromResult<ActivationResult>(new ActivationResult.Saved(ActivationStep.SecurityQuestions)); });

        step.Find("#new-password").Input("Saguaro#Wren47");
        step.Find("#confirm-password").Input("Saguaro#Wren48");
        step.Find("form").Submit();

        Assert.False(submitted);
        var confirm = step.Find("#confirm-password");
        Assert.Equal("true", confirm.GetAttribute("aria-invalid"));
        Assert.Equal("confirm-password-error", confirm.GetAttribute("aria-describedby"));
        Assert.Contains("do not match", step.Find("#confirm-password-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("Saguaro#Wren47", step.Find("#new-password").GetAttribute("value"));
        Assert.Equal("Saguaro#Wren48", confirm.GetAttribute("value"));

        confirm.Input("Saguaro#Wren47");
        step.Find("form").Submit();
        Assert.True(submitted);
    }

    [Fact]
    public void Three_identical_answers_are_each_flagged_after_the_first()
    {
        using var culture = CultureScope.English();
        var submitted = false;
        var step = Render<SecurityQuestionsStep>(p => p
            .Add(s => s.UserName, "elisa.lang")
            .Add(s => s.Submit, _ => { submitted = true; return Task.FromResult<ActivationResult>(new ActivationResult.Saved(ActivationStep.PhonePin)); }));

        step.Find("#question-1").Change(((int)SecurityQuestion.FirstPetName).ToString(System.Globalization.CultureInfo.InvariantCulture));
        step.Find("#question-2").Change(((int)SecurityQuestion.CityOfBirth).ToString(System.Globalization.CultureInfo.InvariantCulture));
        step.Find("#question-3").Change(((int)SecurityQuestion.FirstSchool).ToString(System.Globalization.CultureInfo.InvariantCulture));
        step.Find("#answer-1").Input("Biscuit");
        step.Find("#answer-2").Input("biscuit");
        step.Find("#answer-3").Input(" BISCUIT ");
        step.Find("form").Submit();

        Assert.False(submitted);
        Assert.Empty(step.FindAll("#answer-1-error"));
        Assert.False(step.Find("#answer-1").HasAttribute("aria-invalid"));
        foreach (var number in new[] { 2, 3 })
        {
            Assert.Contains("same as another", step.Find($"#answer-{number}-error").TextContent, StringComparison.Ordinal);
            Assert.Equal("true", step.Find($"#answer-{number}").GetAttribute("aria-invalid"));
            Assert.Equal($"answer-{number}-error answers-hint", step.Find($"#answer-{number}").GetAttribute("aria-describedby"));
        }
        Assert.Equal("biscuit", step.Find("#answer-2").GetAttribute("value"));
    }

    [Fact]
    public void A_question_chosen_in_one_list_cannot_be_chosen_in_the_others()
    {
        using var culture = CultureScope.English();
        var step = Render<SecurityQuestionsStep>(p => p.Add(s => s.Submit, _ => Task.FromResult<ActivationResult>(new ActivationResult.Saved(ActivationStep.PhonePin))));

        step.Find("#question-1").Change(((int)SecurityQuestion.CityOfBirth).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var city = $"option[value='{(int)SecurityQuestion.CityOfBirth}']";
        Assert.False(step.Find($"#question-1 {city}").HasAttribute("disabled"));
        Assert.True(step.Find($"#question-2 {city}").HasAttribute("disabled"));
        Assert.True(step.Find($"#question-3 {city}").HasAttribute("disabled"));
    }

    [Fact]
    public void The_pin_step_explains_pin_versus_password_and_flags_a_trivial_pin()
    {
        using var culture = CultureScope.English();
        var step = Render<PhonePinStep>(p => p.Add(s => s.Submit, _ => Task.FromResult<ActivationResult>(new ActivationResult.Saved(ActivationStep.Done))));

        Assert.Contains("not the same as your password", step.Markup, StringComparison.Ordinal);
        Assert.Equal("numeric", step.Find("#phone-pin").GetAttribute("inputmode"));
        step.Find("#phone-pin").Input("111111");
        step.Find("#confirm-pin").Input("111111");
        step.Find("form").Submit();

        Assert.Contains("same digit six times", step.Find("#phone-pin-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", step.Find("#phone-pin").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Show_password_is_a_toggle_button_for_both_fields()
    {
        using var culture = CultureScope.English();
        var step = RenderPasswordStep(_ => throw new InvalidOperationException("Not submitted"));

        var toggle = step.Find("button[aria-pressed]");
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        toggle.Click();

        Assert.Equal("true", step.Find("button[aria-pressed]").GetAttribute("aria-pressed"));
        Assert.Equal("text", step.Find("#new-password").GetAttribute("type"));
        Assert.Equal("text", step.Find("#confirm-password").GetAttribute("type"));
    }

    [Fact]
    public void An_expired_link_offers_a_new_one_and_says_when_it_was_sent()
    {
        using var culture = CultureScope.English();
        var problem = Render<LinkProblem>(p => p
            .Add(s => s.Step, ActivationStep.LinkExpired)
            .Add(s => s.CanSendNewLink, true)
            .Add(s => s.SendNewLink, () => Task.FromResult(NewLinkResult.Sent)));

        Assert.Contains("24 hours", problem.Markup, StringComparison.Ordinal);
        problem.Find("button").Click();

        Assert.Contains("We sent a new link", problem.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(problem.FindAll("button"));
    }

    [Fact]
    public void A_new_link_asked_for_again_too_soon_says_to_check_email_first()
    {
        using var culture = CultureScope.English();
        var problem = Render<LinkProblem>(p => p
            .Add(s => s.Step, ActivationStep.LinkSuperseded)
            .Add(s => s.CanSendNewLink, true)
            .Add(s => s.SendNewLink, () => Task.FromResult(NewLinkResult.TooSoon)));

        problem.Find("button").Click();

        Assert.Contains("a few minutes ago", problem.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<CreatePasswordStep> RenderPasswordStep(Func<string, Task<ActivationResult>> submit) =>
        Render<CreatePasswordStep>(p => p.Add(s => s.Policy, Arizona).Add(s => s.Context, Person).Add(s => s.Submit, submit));

    private static AngleSharp.Dom.IElement Requirement(IRenderedComponent<CreatePasswordStep> step, PasswordRequirement requirement) =>
        step.Find($"#password-checklist li[data-requirement='{requirement}']");
}
