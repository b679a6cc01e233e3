using Bunit;
using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Forms;

public sealed class FormFieldTests : BunitContext
{
    public FormFieldTests() => this.AddPortalTestServices();

    private static RenderFragment<FieldContext> Input => context => builder =>
    {
        builder.OpenElement(0, "input");
        builder.AddAttribute(1, "id", context.Id);
        builder.AddAttribute(2, "aria-invalid", context.Invalid);
        builder.AddAttribute(3, "aria-describedby", context.DescribedBy);
        builder.CloseElement();
    };

    [Fact]
    public void The_label_names_the_input_and_the_hint_describes_it()
    {
        var field = Render<FormField>(p => p.Add(f => f.Id, "zip").Add(f => f.Label, "ZIP code").Add(f => f.Hint, "5 digits").Add(f => f.ChildContent, Input));

        Assert.Equal("zip", field.Find("label").GetAttribute("for"));
        Assert.Equal("zip-hint", field.Find("input").GetAttribute("aria-describedby"));
        Assert.Equal("5 digits", field.Find("#zip-hint").TextContent);
        Assert.False(field.Find("input").HasAttribute("aria-invalid"));
        Assert.Empty(field.FindAll(".field-error"));
    }

    [Fact]
    public void An_error_shows_at_the_field_marks_the_input_and_is_read_with_the_hint()
    {
        var field = Render<FormField>(p => p.Add(f => f.Id, "zip").Add(f => f.Label, "ZIP code").Add(f => f.Hint, "5 digits")
            .Add(f => f.Errors, [new FieldError("zip", "Enter a 5-digit ZIP code")]).Add(f => f.ChildContent, Input));

        var input = field.Find("input");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("zip-hint zip-error", input.GetAttribute("aria-describedby"));
        Assert.Contains("Enter a 5-digit ZIP code", field.Find("#zip-error").TextContent);
    }

    [Fact]
    public void Text_outside_the_field_can_describe_the_input_too()
    {
        var field = Render<FormField>(p => p.Add(f => f.Id, "new-password").Add(f => f.Label, "Password").Add(f => f.AlsoDescribedBy, "password-checklist")
            .Add(f => f.Errors, [new FieldError("new-password", "Enter a password")]).Add(f => f.ChildContent, Input));

        Assert.Equal("new-password-error password-checklist", field.Find("input").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void The_errors_of_a_form_with_one_message_per_field_keep_only_the_fields_with_one()
    {
        Assert.Equal([new FieldError("pin", "Six digits")], FieldErrors.Collect(("pin", "Six digits"), ("confirm-pin", null)));
    }

    [Fact]
    public void A_group_is_named_by_its_legend_and_described_once_at_the_fieldset()
    {
        var group = Render<FormFieldset>(p => p.Add(f => f.Id, "contact-email").Add(f => f.Legend, "How should we contact you?").Add(f => f.Hint, "Choose one")
            .Add(f => f.Errors, [new FieldError("contact-email", "Choose how we should contact you")]).Add(f => f.ChildContent, Input));

        Assert.Equal("How should we contact you?", group.Find("fieldset > legend").TextContent);
        Assert.Equal("contact-email-hint contact-email-error", group.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Contains("Choose how we should contact you", group.Find("#contact-email-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", group.Find("input").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void The_error_summary_links_each_problem_to_its_field_under_one_heading_in_each_language()
    {
        IReadOnlyList<FieldError> errors = [new("zip", "Enter a 5-digit ZIP code"), new("ssn", "Enter your SSN")];
        var summary = Render<ErrorSummary>(p => p.Add(s => s.Errors, errors));
        Assert.Equal("There is a problem", summary.Find("h2").TextContent);
        Assert.Equal(["zip", "ssn"], summary.FindAll("a").Select(a => a.GetAttribute("data-focus-field")));
        Assert.Equal("alert", summary.Find(".error-summary").GetAttribute("role"));

        using (new CultureScope("es-US"))
        {
            Assert.Equal("Hay un problema", Render<ErrorSummary>(p => p.Add(s => s.Errors, errors)).Find("h2").TextContent);
        }
    }
}
