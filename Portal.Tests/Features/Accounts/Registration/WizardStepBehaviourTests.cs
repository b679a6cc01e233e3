using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Components.Forms;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class WizardStepBehaviourTests : BunitContext
{
    public WizardStepBehaviourTests()
    {
        this.AddPortalTestServices();
        Services.AddSingleton<TimeProvider>(new ManualTimeProvider());
    }

    private static RegistrationDraft ReadyDraft() => new()
    {
        Id = Guid.NewGuid(),
        CurrentStep = RegistrationStep.Review,
        ParticipantId = 1,
        PersonId = "P35485882",
        MatchedCaseNumber = "6295481300",
        Role = Portal.Domain.Cases.ParticipantRole.CustodialParent,
        FirstName = "Elisa",
        LastName = "Lang",
        DateOfBirth = new DateOnly(1987, 8, 16),
        Email = "elisa.lang@example.net",
        UserName = "elisa.lang",
        PreferredContact = ContactMethod.Phone,
        TermsAcceptedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData("en-US", "For your security, we cleared your Social Security number or ITIN: type it again.")]
    [InlineData("es-US", "Por su seguridad, borramos su número de Seguro Social o ITIN: escríbalo de nuevo.")]
    public void After_no_match_the_page_says_the_SSN_was_cleared_and_must_be_typed_again(string language, string explanation)
    {
        using var culture = new CultureScope(language);

        var step = Render<FindCaseStep>(p => p.Add(s => s.Form, new FindCaseForm { CaseNumber = "6295481300", Zip = "85001" }).Add(s => s.Message, MatchMessage.NoMatch));

        Assert.Contains(explanation, step.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "it is a private case that DCSS does not handle", "the state's child support program", "Clerk of the Superior Court in the Arizona county where your case was filed")]
    [InlineData("es-US", "es un caso privado que la DCSS no administra", "el programa estatal de manutención de menores", "Secretaría del Tribunal Superior (Clerk of the Superior Court) del condado de Arizona")]
    public void A_case_DCSS_does_not_handle_is_explained_in_plain_words_and_sends_the_parent_to_the_Clerk_of_Court(string language, string privateCase, string ivD, string clerk)
    {
        using var culture = new CultureScope(language);

        var step = Render<FindCaseStep>(p => p.Add(s => s.Form, new FindCaseForm { CaseNumber = "6295481300", Zip = "85001" }).Add(s => s.Message, MatchMessage.ClerkOfCourt));

        var message = step.Find("[role=alert]").TextContent;
        Assert.Contains(privateCase, message, StringComparison.Ordinal);
        Assert.Contains(ivD, message, StringComparison.Ordinal);
        Assert.Contains(clerk, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_your_answers_lists_each_answer_with_a_change_button_back_to_its_step()
    {
        using var culture = CultureScope.English();
        var changes = new List<RegistrationStep>();
        var step = Render<ReviewStep>(p => p.Add(s => s.Draft, ReadyDraft()).Add(s => s.OnChange, (RegistrationStep s) => changes.Add(s)));

        Assert.Equal(["Case number", "Name", "Email address", "Username", "Contact method", "Terms and conditions"], step.FindAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Contains("6295481300", step.Markup, StringComparison.Ordinal);
        Assert.Contains("Elisa Lang", step.Markup, StringComparison.Ordinal);
        Assert.Contains("Phone", step.Markup, StringComparison.Ordinal);

        step.FindAll("button.link-button").Single(b => b.TextContent.Contains("Username", StringComparison.Ordinal)).Click();

        Assert.Equal([RegistrationStep.Account], changes);
    }

    [Fact]
    public void Create_account_clicked_twice_while_the_first_is_running_asks_once_and_is_disabled_while_busy()
    {
        using var culture = CultureScope.English();
        var calls = 0;
        var running = new TaskCompletionSource();
        var step = Render<ReviewStep>(p => p.Add(s => s.Draft, ReadyDraft()).Add(s => s.OnCreate, () => { calls++; return running.Task; }));

        var create = step.Find("button.mud-button-filled-primary");
        create.Click();
        create.Click();
        running.SetResult();

        Assert.Equal(1, calls);

        step.Render(p => p.Add(s => s.Busy, true));
        Assert.True(step.Find("button.mud-button-filled-primary").HasAttribute("disabled"));
        Assert.Contains("Creating your account", step.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_name_taken_when_creating_the_account_shows_next_to_the_field()
    {
        using var culture = CultureScope.English();
        var form = new AccountForm { Email = "elisa.lang@example.net", ConfirmEmail = "elisa.lang@example.net", UserName = "eloisa.demo", PreferredContact = ContactMethod.Email };

        var step = Render<AccountStep>(p => p.Add(s => s.Form, form).Add(s => s.ServerErrors, [new FieldError(AccountFields.UserName, "That username is already taken. Choose another one.")]));

        Assert.Equal("true", step.Find("#username").GetAttribute("aria-invalid"));
        Assert.Contains("already taken", step.Find("#username-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("eloisa.demo", step.Find("#username").GetAttribute("value"));
    }

    [Fact]
    public void In_Spanish_the_case_number_message_is_in_Spanish()
    {
        using var culture = CultureScope.Spanish();
        var step = Render<FindCaseStep>(p => p.Add(s => s.Form, new FindCaseForm { CaseNumber = "12AB" }));

        step.Find("form").Submit();

        Assert.Contains("solo con números", step.Find("#case-number-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("Hay un problema", step.Find(".error-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_typed_is_handed_to_the_page_as_it_changes_but_the_SSN_is_not()
    {
        using var culture = CultureScope.English();
        var typed = new List<string?>();
        var form = new FindCaseForm();
        var step = Render<FindCaseStep>(p => p.Add(s => s.Form, form).Add(s => s.OnTyped, (FindCaseForm f) => typed.Add(f.CaseNumber)));

        step.Find("#ssn").Change("323467016");
        Assert.Empty(typed);

        step.Find("#case-number").Change("6295481300");
        Assert.Equal(["6295481300"], typed);
    }
}
