using Bunit;
using Microsoft.AspNetCore.Components;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Shared;

/// <summary>
/// The forms of activation, a forgotten password's new password, security questions and account security, each
/// saving to a real SQLite file that another connection has locked, as in an outage: the form says to try again,
/// keeps what was typed, and saves once the database is free.
/// </summary>
public sealed class RefusedSaveFormTests : BunitContext
{
    private const string TryAgain = "We couldn't save that; nothing was lost; try again.";
    private static readonly TimeSpan Refusal = TimeSpan.FromSeconds(10);
    private static readonly PasswordPolicy Arizona = new(PasswordRules.Arizona, CommonPasswords.Bundled);

    private readonly ScratchDatabase database = new();
    private int saves;

    public RefusedSaveFormTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // focusing fields and error summaries
    }

    [Fact]
    public async Task The_password_step_keeps_both_passwords_through_a_refused_save()
    {
        using var culture = CultureScope.English();
        var step = Render<CreatePasswordStep>(p => p.Add(s => s.Policy, Arizona).Add(s => s.Context, PasswordContext.None)
            .Add(s => s.Submit, async _ => { await SaveAsync(); return new ActivationResult.Saved(ActivationStep.SecurityQuestions); }));
        step.Find("#new-password").Input("Saguaro#Wren47");
        step.Find("#confirm-password").Input("Saguaro#Wren47");

        await SubmitThroughAnOutageAsync(step, () =>
        {
            Assert.Equal("Saguaro#Wren47", step.Find("#new-password").GetAttribute("value"));
            Assert.Equal("Saguaro#Wren47", step.Find("#confirm-password").GetAttribute("value"));
        });
    }

    [Fact]
    public async Task The_security_questions_step_keeps_the_answers_through_a_refused_save()
    {
        using var culture = CultureScope.English();
        var step = Render<SecurityQuestionsStep>(p => p.Add(s => s.UserName, "elisa.lang")
            .Add(s => s.Submit, async _ => { await SaveAsync(); return new ActivationResult.Saved(ActivationStep.PhonePin); }));
        string[] typed = ["Biscuit", "Flagstaff", "Sunny"];
        var questions = Enum.GetValues<SecurityQuestion>().Take(typed.Length).ToArray();
        for (var i = 0; i < typed.Length; i++)
        {
            step.Find($"#question-{i + 1}").Change(((int)questions[i]).ToString(System.Globalization.CultureInfo.InvariantCulture));
            step.Find($"#answer-{i + 1}").Input(typed[i]);
        }

        await SubmitThroughAnOutageAsync(step, () =>
            Assert.Equal(typed, Enumerable.Range(1, typed.Length).Select(n => step.Find($"#answer-{n}").GetAttribute("value"))));
    }

    [Fact]
    public async Task The_phone_pin_step_keeps_the_pin_through_a_refused_save()
    {
        using var culture = CultureScope.English();
        var step = Render<PhonePinStep>(p => p.Add(s => s.Submit, async _ => { await SaveAsync(); return new ActivationResult.Saved(ActivationStep.Done); }));
        step.Find("#phone-pin").Input("730264");
        step.Find("#confirm-pin").Input("730264");

        await SubmitThroughAnOutageAsync(step, () => Assert.Equal("730264", step.Find("#phone-pin").GetAttribute("value")));
    }

    [Fact]
    public async Task Confirming_a_change_with_the_password_keeps_the_password_through_a_refused_save()
    {
        using var culture = CultureScope.English();
        var form = Render<PasswordConfirmForm>(p => p.Add(s => s.FieldId, "new-codes-password").Add(s => s.Question, "New codes?").Add(s => s.SubmitLabel, "Make new codes")
            .Add(s => s.Confirm, async _ => { await SaveAsync(); return PasswordConfirmResult.Right; }));
        form.Find("#new-codes-password").Input("Saguaro#Blooms26");

        await SubmitThroughAnOutageAsync(form, () => Assert.Equal("Saguaro#Blooms26", form.Find("#new-codes-password").GetAttribute("value")));
    }

    [Fact]
    public async Task The_authenticator_code_stays_through_a_refused_save()
    {
        using var culture = CultureScope.English();
        var form = Render<AuthenticatorSetupForm>(p => p.Add(s => s.Setup, new AuthenticatorSetup("ABCD EFGH", "otpauth://totp/Portal:elisa.lang?secret=ABCDEFGH", "data:image/png;base64,"))
            .Add(s => s.Verify, async _ => { await SaveAsync(); return true; }));
        form.Find("#authenticator-code").Input("123456");

        await SubmitThroughAnOutageAsync(form, () => Assert.Equal("123456", form.Find("#authenticator-code").GetAttribute("value")));
    }

    [Fact]
    public async Task Asking_for_a_new_activation_link_says_try_again_while_refused_and_sends_once_it_can()
    {
        using var culture = CultureScope.English();
        var problem = Render<LinkProblem>(p => p.Add(s => s.Step, ActivationStep.LinkExpired).Add(s => s.CanSendNewLink, true)
            .Add(s => s.SendNewLink, async () => { await SaveAsync(); return NewLinkResult.Sent; }));

        await using (await database.LockAsync())
        {
            problem.Find("button").Click();
            problem.WaitForAssertion(() => Assert.Equal(TryAgain, problem.Find("[data-testid=save-failed]").TextContent), Refusal);
            Assert.False(problem.Find("button").HasAttribute("disabled"));
        }
        problem.Find("button").Click();
        problem.WaitForAssertion(() => Assert.Contains("We sent a new link", problem.Find("[role=status]").TextContent, StringComparison.Ordinal), Refusal);
        Assert.Equal(1, saves);
    }

    private async Task SaveAsync()
    {
        await database.WriteAsync();
        saves++;
    }

    // Submitted while locked: the message, what was typed (assertKept), and the button usable again. Submitted once
    // the lock is gone: saved, and the message goes.
    private async Task SubmitThroughAnOutageAsync<TForm>(IRenderedComponent<TForm> form, Action assertKept) where TForm : IComponent
    {
        await using (var writeLock = await database.LockAsync())
        {
            form.Find("form").Submit();
            form.WaitForAssertion(() => Assert.Equal(TryAgain, form.Find("[data-testid=save-failed]").TextContent), Refusal);
            assertKept();
            Assert.False(form.Find("button[type=submit]").HasAttribute("disabled"));
            Assert.Equal(0, saves);
        }
        form.Find("form").Submit();
        form.WaitForAssertion(() => Assert.Empty(form.FindAll("[data-testid=save-failed]")), Refusal);
        Assert.Equal(1, saves);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }
}
