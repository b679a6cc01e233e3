using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Recovery;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Recovery;

public sealed class RecoveryFormTests : BunitContext
{
    private static readonly SecurityQuestion[] Questions = [SecurityQuestion.FirstPetName, SecurityQuestion.CityOfBirth, SecurityQuestion.FavoriteTeacher];

    public RecoveryFormTests()
    {
        this.AddPortalTestServices();
        Services.AddSingleton<TimeProvider>(new ManualTimeProvider());
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static RecoveryChallenge Challenge() => RecoveryChallenge.WithoutAccount(RecoveryPurpose.Username, Questions);

    [Fact]
    public void The_questions_are_labelled_fields_and_missing_answers_are_flagged_next_to_them_and_in_a_summary()
    {
        using var culture = CultureScope.English();
        IReadOnlyList<string>? submitted = null;
        var form = Render<SecurityQuestionsForm>(p => p.Add(f => f.Challenge, Challenge()).Add(f => f.OnAnswer, (IReadOnlyList<string> a) => submitted = a));

        Assert.Equal(["What was the name of your first pet?", "In what city were you born?", "What was the name of your favorite teacher?"],
            form.FindAll("label").Select(l => l.TextContent.Trim()));
        form.Find("#recovery-answer-1").Input("Pepper");
        form.Find("form").Submit();

        Assert.Null(submitted);
        Assert.Equal(2, form.FindAll(".error-summary li").Count);
        Assert.Equal("true", form.Find("#recovery-answer-2").GetAttribute("aria-invalid"));
        Assert.Contains("recovery-answer-2-error", form.Find("#recovery-answer-2").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Pepper", form.Find("#recovery-answer-1").GetAttribute("value"));

        form.Find("#recovery-answer-2").Input("Kingman");
        form.Find("#recovery-answer-3").Input("Mrs Yazzie");
        form.Find("form").Submit();
        Assert.Equal(["Pepper", "Kingman", "Mrs Yazzie"], submitted);
    }

    [Fact]
    public void A_failure_shows_one_generic_message_that_names_no_question()
    {
        using var culture = CultureScope.English();
        var form = Render<SecurityQuestionsForm>(p => p.Add(f => f.Challenge, Challenge()).Add(f => f.Failed, true));

        var alert = form.Find("[role=alert]");
        Assert.Contains("could not confirm your answers", alert.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("pet", alert.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("forgot-security-answers", alert.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(form.FindAll("[aria-invalid=true]"));
    }

    [Fact]
    public void The_lookup_form_checks_the_email_and_case_number_format_before_asking()
    {
        using var culture = CultureScope.English();
        AccountLookup? lookup = null;
        var progress = new RecoveryProgress();
        var form = Render<AccountLookupForm>(p => p.Add(f => f.Progress, progress).Add(f => f.AskCaseNumber, true).Add(f => f.OnLookup, (AccountLookup l) => lookup = l));

        form.Find("#recovery-email").Change("not-an-email");
        form.Find("#recovery-case-number").Change("1234");
        form.Find("form").Submit();

        Assert.Null(lookup);
        Assert.Equal(2, form.FindAll(".error-summary li").Count);

        form.Find("#recovery-email").Change(" franco.eloisa@example.net ");
        form.Find("#recovery-case-number").Change("8060961680");
        form.Find("form").Submit();
        Assert.Equal("franco.eloisa@example.net", lookup!.Email);
        Assert.Equal("8060961680", lookup.CaseNumber!.Value.Digits);
        // As typed, in the page's model that is persisted with the circuit.
        Assert.Equal(" franco.eloisa@example.net ", progress.Email);
        Assert.Equal("8060961680", progress.CaseNumber);
    }

    [Fact]
    public void The_case_number_form_asks_for_every_detail_and_builds_the_request()
    {
        using var culture = CultureScope.English();
        CaseNumberLookupRequest? request = null;
        var form = Render<CaseNumberLookupForm>(p => p.Add(f => f.OnLookup, (CaseNumberLookupRequest r) => request = r));

        form.Find("form").Submit();
        Assert.Null(request);
        Assert.Equal(4, form.FindAll(".error-summary li").Count); // SSN, date of birth, address, ZIP

        form.Find("#ssn").Change("227-14-0200");
        form.Find("#birth-month").Change("7");
        form.Find("#birth-day").Change("1");
        form.Find("#birth-year").Change("1991");
        form.Find("#address-line1").Change("3614 McDowell St");
        form.Find("#zip").Change("86426-1234");
        form.Find("form").Submit();

        Assert.Equal(new DateOnly(1991, 7, 1), request!.DateOfBirth);
        Assert.Equal("86426", request.Zip);
        Assert.Null(request.AddressLine2);
    }

    [Theory]
    [InlineData("1", "1", "0001")]
    [InlineData("12", "31", "9999")]
    public void An_extreme_date_of_birth_is_refused_at_the_field_before_any_lookup(string month, string day, string year)
    {
        using var culture = CultureScope.English();
        CaseNumberLookupRequest? request = null;
        var form = Render<CaseNumberLookupForm>(p => p.Add(f => f.OnLookup, (CaseNumberLookupRequest r) => request = r));

        form.Find("#ssn").Change("227-14-0200");
        form.Find("#birth-month").Change(month);
        form.Find("#birth-day").Change(day);
        form.Find("#birth-year").Change(year);
        form.Find("#address-line1").Change("3614 McDowell St");
        form.Find("#zip").Change("86426");
        form.Find("form").Submit();

        Assert.Null(request);
        Assert.Equal("true", form.Find("#birth-month").GetAttribute("aria-invalid"));
        Assert.Single(form.FindAll(".error-summary li"));
    }
}
