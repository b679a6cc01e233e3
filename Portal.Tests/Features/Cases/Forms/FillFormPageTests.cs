using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Forms;

/// <summary>The form wizard on the real services of a test portal: refusals at the field, nothing typed lost, every change saved.</summary>
public sealed class FillFormPageTests : BunitContext, IClassFixture<FormsPortal>
{
    private readonly FormsPortal portal;
    private readonly Bunit.TestDoubles.BunitAuthorizationContext authorization;
    private ParentForms? forms;

    public FillFormPageTests(FormsPortal portal)
    {
        this.portal = portal;
        authorization = this.AddPortalTestServices();
        Services.AddSingleton(portal.Staff.Get<FormSummary>());
        // The signed-in parent's service, as their circuit has it: chosen by each test before it renders.
        Services.AddSingleton(_ => forms!);
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Bank_details_that_fail_are_refused_at_their_fields_and_everything_typed_stays_and_is_saved()
    {
        using var culture = CultureScope.English();
        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        forms = paying.Forms;
        authorization.SignIn(paying.Account.UserName!, [.. paying.User.Claims]);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(FormLinks.Fill(FormKind.PaymentAuthorization, paying.Case));
        var page = Render<FillFormPage>(p => p.Add(x => x.Slug, "payment-authorization"));
        page.WaitForElement("#routing");

        page.Find("#routing").Change("122105156");
        page.Find("#account").Change("9876543210123");
        page.Find("#account-again").Change("9876543210124");
        page.Find("#account-type-savings").Change(true);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("This is not a valid routing number", page.Find("#routing-error").TextContent, StringComparison.Ordinal));
        Assert.Contains("The two account numbers are not the same", page.Find("#account-again-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.Find("#routing").GetAttribute("aria-invalid"));
        Assert.Equal(("122105156", "9876543210123", "9876543210124"),
            (page.Find("#routing").GetAttribute("value"), page.Find("#account").GetAttribute("value"), page.Find("#account-again").GetAttribute("value")));
        Assert.Contains("Step 1 of 4: Your bank account", page.Markup, StringComparison.Ordinal);

        // Each change was saved as it was typed: another device picks up the same answers.
        var saved = await portal.FormsFor().OpenAsync(paying.User, FormKind.PaymentAuthorization, paying.Case.Digits);
        Assert.Equal(("122105156", "9876543210123", BankAccountType.Savings), (saved!.Answers.RoutingNumber, saved.AccountNumber, saved.Answers.AccountType));

        page.Find("#routing").Change("122105155");
        page.Find("#account-again").Change("9876543210123");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Contains("Step 2 of 4: How much and when", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll(".field-message"));
    }
}
