using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

/// <summary>Each wizard step's own validation: a clear message next to the field, in the summary, and nothing typed lost.</summary>
public sealed class WizardStepValidationTests : BunitContext
{
    // 2026-11-22 in Arizona.
    private readonly ManualTimeProvider clock = new();
    private readonly CultureScope culture = CultureScope.English();

    public WizardStepValidationTests()
    {
        this.AddPortalTestServices();
        Services.AddSingleton<TimeProvider>(clock);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) culture.Dispose();
        base.Dispose(disposing);
    }

    private static FindCaseForm ValidFindCase() => new()
    {
        CaseNumber = "6295481300",
        Ssn = "323467016",
        BirthMonth = "8",
        BirthDay = "16",
        BirthYear = "1987",
        AddressLine1 = "3572 Baseline Pl",
        Zip = "85234",
    };

    private (IRenderedComponent<FindCaseStep> Step, List<FindCaseForm> Found) RenderFindCase(FindCaseForm form)
    {
        var found = new List<FindCaseForm>();
        var step = Render<FindCaseStep>(p => p.Add(s => s.Form, form).Add(s => s.OnFind, (FindCaseForm f) => found.Add(f)));
        return (step, found);
    }

    private static void AssertFieldError(IRenderedComponent<FindCaseStep> step, string fieldId, string message, string typed)
    {
        var input = step.Find($"#{fieldId}");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains($"{fieldId}-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains(message, step.Find($"#{fieldId}-error").TextContent, StringComparison.Ordinal);
        Assert.Contains(message, step.Find(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, input.GetAttribute("value"));
    }

    [Fact]
    public void Letters_in_the_case_number_ask_for_numbers_only_and_keep_what_was_typed()
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#case-number").Change("62954A1300");
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.CaseNumber, "using numbers only", "62954A1300");
        Assert.Equal("3572 Baseline Pl", step.Find("#address-line1").GetAttribute("value"));
        Assert.Empty(found);
    }

    [Fact]
    public void An_eight_digit_SSN_is_rejected_with_a_clear_message()
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#ssn").Change("32346701");
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.Ssn, "valid 9-digit Social Security number", "32346701");
        Assert.Empty(found);
    }

    [Fact]
    public void A_date_of_birth_in_the_future_is_rejected()
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#birth-year").Change("2030");
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.BirthMonth, "must be in the past", "8");
        Assert.Equal("2030", step.Find("#birth-year").GetAttribute("value"));
        Assert.Empty(found);
    }

    [Fact]
    public void An_impossible_date_of_birth_is_rejected()
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#birth-month").Change("2");
        step.Find("#birth-day").Change("30");
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.BirthMonth, "Enter a real date of birth", "2");
        Assert.Equal("30", step.Find("#birth-day").GetAttribute("value"));
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("1", "1", "0001", "1900 or later")]
    [InlineData("8", "16", "87", "Enter a real date of birth")]
    [InlineData("12", "31", "9999", "must be in the past")]
    public void An_extreme_date_of_birth_is_refused_at_the_field(string month, string day, string year, string message)
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#birth-month").Change(month);
        step.Find("#birth-day").Change(day);
        step.Find("#birth-year").Change(year);
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.BirthMonth, message, month);
        Assert.Empty(found);
    }

    [Fact]
    public void A_parent_under_fourteen_is_told_the_minimum_age()
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#birth-year").Change("2015");
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.BirthMonth, "at least 14 years old", "8");
        Assert.Empty(found);
    }

    [Fact]
    public void A_four_digit_ZIP_is_rejected()
    {
        var (step, found) = RenderFindCase(ValidFindCase());

        step.Find("#zip").Change("8523");
        step.Find("form").Submit();

        AssertFieldError(step, FindCaseFields.Zip, "5-digit ZIP code", "8523");
        Assert.Empty(found);
    }

    [Fact]
    public void Valid_details_with_a_pasted_dash_in_the_case_number_go_to_the_matcher()
    {
        var form = ValidFindCase();
        form.CaseNumber = "629548-1300";
        form.Zip = "85234-0001";
        var (step, found) = RenderFindCase(form);

        step.Find("form").Submit();

        var request = Assert.Single(found).ToRequest(new DateOnly(2026, 11, 22));
        Assert.Equal("6295481300", request.CaseNumber.Digits);
        Assert.Equal("85234", request.Zip);
        Assert.Equal(new DateOnly(1987, 8, 16), request.DateOfBirth);
        Assert.Empty(step.FindAll(".error-summary"));
    }

    [Fact]
    public void The_no_SSN_disclosure_gives_the_customer_service_numbers_and_hours()
    {
        var (step, _) = RenderFindCase(new FindCaseForm());

        var disclosure = step.Find("details.no-ssn");
        Assert.Contains("602-252-4045", disclosure.TextContent, StringComparison.Ordinal);
        Assert.Contains("800-882-4151", disclosure.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday through Friday", disclosure.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Mismatched_emails_are_rejected_and_both_kept()
    {
        var continued = new List<AccountForm>();
        var form = new AccountForm { UserName = "elisa.lang", PreferredContact = Portal.Domain.Accounts.ContactMethod.Email };
        var step = Render<AccountStep>(p => p.Add(s => s.Form, form).Add(s => s.OnContinue, (AccountForm f) => continued.Add(f)));

        step.Find("#email").Change("elisa.lang@example.net");
        step.Find("#confirm-email").Change("elisa.lange@example.net");
        step.Find("form").Submit();

        var confirm = step.Find("#confirm-email");
        Assert.Equal("true", confirm.GetAttribute("aria-invalid"));
        Assert.Contains("do not match", step.Find("#confirm-email-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("elisa.lange@example.net", confirm.GetAttribute("value"));
        Assert.Equal("elisa.lang@example.net", step.Find("#email").GetAttribute("value"));
        Assert.Empty(continued);
    }

    [Theory]
    [InlineData("el", "3 to 50 characters")]
    [InlineData("elisa lang", "Use only letters, numbers")]
    public void A_username_too_short_or_with_other_characters_is_rejected(string userName, string message)
    {
        var form = new AccountForm { Email = "a@example.net", ConfirmEmail = "a@example.net", PreferredContact = Portal.Domain.Accounts.ContactMethod.Mail };
        var step = Render<AccountStep>(p => p.Add(s => s.Form, form));

        step.Find("#username").Change(userName);
        step.Find("form").Submit();

        Assert.Contains(message, step.Find("#username-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(userName, step.Find("#username").GetAttribute("value"));
    }

    [Fact]
    public void A_contact_method_must_be_chosen()
    {
        var form = new AccountForm { Email = "a@example.net", ConfirmEmail = "a@example.net", UserName = "parent.a" };
        var step = Render<AccountStep>(p => p.Add(s => s.Form, form));

        step.Find("form").Submit();

        Assert.Contains("Choose how we should contact you", step.Find("#contact-email-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_must_be_accepted_to_continue()
    {
        var accepted = 0;
        var step = Render<TermsStep>(p => p.Add(s => s.OnAccept, () => accepted++));

        step.Find("form").Submit();

        Assert.Equal(0, accepted);
        Assert.Equal("true", step.Find("#accept-terms").GetAttribute("aria-invalid"));
        Assert.Contains("check the box to accept", step.Find("#accept-terms-error").TextContent, StringComparison.Ordinal);

        step.Find("#accept-terms").Change(true);
        step.Find("form").Submit();

        Assert.Equal(1, accepted);
    }
}
