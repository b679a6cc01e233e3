using Bunit;
using Portal.App.Components.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Forms;

public sealed class FormCheckboxTests : BunitContext
{
    public FormCheckboxTests() => this.AddPortalTestServices();

    [Fact]
    public void The_label_follows_the_box_and_an_error_marks_it()
    {
        var checkbox = Render<FormCheckbox>(p => p.Add(c => c.Id, "accept-terms").Add(c => c.Label, "I accept the terms")
            .Add(c => c.Errors, [new FieldError("accept-terms", "Check the box to accept the terms.")]));

        var box = checkbox.Find("input[type=checkbox]");
        Assert.Equal("accept-terms", checkbox.Find("label").GetAttribute("for"));
        Assert.Equal("true", box.GetAttribute("aria-invalid"));
        Assert.Equal("accept-terms-error", box.GetAttribute("aria-describedby"));
        Assert.Contains("Check the box", checkbox.Find("#accept-terms-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticking_the_box_reports_it()
    {
        var ticked = false;
        var checkbox = Render<FormCheckbox>(p => p.Add(c => c.Id, "accept-terms").Add(c => c.Label, "I accept").Add(c => c.CheckedChanged, (bool v) => ticked = v));

        checkbox.Find("input").Change(true);

        Assert.True(ticked);
        Assert.False(checkbox.Find("input").HasAttribute("aria-invalid"));
    }
}
