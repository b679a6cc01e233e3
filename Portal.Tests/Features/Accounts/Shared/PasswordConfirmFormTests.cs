using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Shared;

public sealed class PasswordConfirmFormTests : BunitContext
{
    public PasswordConfirmFormTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // focusing the field and the error summary
    }

    [Fact]
    public void The_password_field_is_labelled_and_described_by_the_question()
    {
        using var culture = CultureScope.English();

        var form = Render(Confirming(_ => Task.FromResult(PasswordConfirmResult.Right)));

        Assert.Equal("Your password", form.Find("label[for=turn-off-password]").TextContent.Trim());
        Assert.Equal("current-password", form.Find("#turn-off-password").GetAttribute("autocomplete"));
        Assert.Equal("Turn it off?", form.Find("#turn-off-password-question").TextContent.Trim());
        Assert.Equal("turn-off-password-hint turn-off-password-question", form.Find("#turn-off-password").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void An_empty_password_is_asked_for_next_to_the_field_and_in_the_summary_without_confirming()
    {
        using var culture = CultureScope.English();
        var confirmed = 0;
        var form = Render(Confirming(_ => { confirmed++; return Task.FromResult(PasswordConfirmResult.Right); }));

        form.Find("form").Submit();

        Assert.Equal(0, confirmed);
        Assert.Equal(["turn-off-password"], form.FindAll(".error-summary a").Select(a => a.GetAttribute("data-focus-field")));
        Assert.EndsWith("Enter your current password.", form.Find("#turn-off-password-error").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("true", form.Find("#turn-off-password").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_wrong_password_is_said_next_to_the_field_and_what_was_typed_stays()
    {
        using var culture = CultureScope.English();
        string? given = null;
        var form = Render(Confirming(p => { given = p; return Task.FromResult(PasswordConfirmResult.Wrong); }));

        form.Find("#turn-off-password").Input("Juniper#Trail58");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.EndsWith("That is not your current password.", form.Find("#turn-off-password-error").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("Juniper#Trail58", given);
        Assert.Equal("turn-off-password-hint turn-off-password-error turn-off-password-question", form.Find("#turn-off-password").GetAttribute("aria-describedby"));
        Assert.Single(form.FindAll(".error-summary a"));
        Assert.Equal("Juniper#Trail58", form.Find("#turn-off-password").GetAttribute("value"));
    }

    [Fact]
    public void In_Spanish_the_field_and_its_error_are_in_Spanish()
    {
        using var culture = CultureScope.Spanish();
        var form = Render(Confirming(_ => Task.FromResult(PasswordConfirmResult.Wrong)));

        form.Find("form").Submit();

        Assert.Equal("Su contraseña", form.Find("label[for=turn-off-password]").TextContent.Trim());
        Assert.EndsWith("Escriba su contraseña actual.", form.Find("#turn-off-password-error").TextContent.Trim(), StringComparison.Ordinal);
    }

    private static Action<ComponentParameterCollectionBuilder<PasswordConfirmForm>> Confirming(Func<string, Task<PasswordConfirmResult>> confirm) => p => p
        .Add(f => f.FieldId, "turn-off-password")
        .Add(f => f.Question, "Turn it off?")
        .Add(f => f.SubmitLabel, "Yes, turn it off")
        .Add(f => f.Confirm, confirm);
}
