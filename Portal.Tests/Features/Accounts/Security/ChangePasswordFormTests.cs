using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Security;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Security;

public sealed class ChangePasswordFormTests : BunitContext
{
    private static readonly PasswordPolicy Policy = new(PasswordRules.Arizona, CommonPasswords.Bundled);

    public ChangePasswordFormTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // focusing the error summary
    }

    [Fact]
    public void Missing_and_mismatched_entries_are_listed_in_the_summary_and_named_next_to_their_fields_without_submitting()
    {
        using var culture = CultureScope.English();
        var submitted = 0;
        var form = Render<ChangePasswordForm>(p => p.Add(f => f.Policy, Policy).Add(f => f.Context, PasswordContext.None)
            .Add(f => f.Submit, (_, _) => { submitted++; return Task.FromResult<PasswordChangeResult>(new PasswordChangeResult.Changed("ticket")); }));

        form.Find("#new-password").Input("Saguaro!Blossom73");
        form.Find("#confirm-password").Input("Saguaro!Blossom74");
        form.Find("form").Submit();

        Assert.Equal(0, submitted);
        Assert.Equal(["current-password", "confirm-password"], form.FindAll(".error-summary a").Select(a => a.GetAttribute("data-focus-field")));
        Assert.EndsWith("Enter your current password.", form.Find("#current-password-error").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("true", form.Find("#confirm-password").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_wrong_current_password_is_said_next_to_that_field()
    {
        using var culture = CultureScope.English();
        var form = Render<ChangePasswordForm>(p => p.Add(f => f.Policy, Policy).Add(f => f.Context, PasswordContext.None)
            .Add(f => f.Submit, (_, _) => Task.FromResult<PasswordChangeResult>(new PasswordChangeResult.WrongCurrentPassword())));

        form.Find("#current-password").Input("Juniper#Trail58");
        form.Find("#new-password").Input("Saguaro!Blossom73");
        form.Find("#confirm-password").Input("Saguaro!Blossom73");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.EndsWith("That is not your current password.", form.Find("#current-password-error").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("current-password-error", form.Find("#current-password").GetAttribute("aria-describedby"));
    }
}
