using Bunit;
using Portal.App.Components.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Forms;

public sealed class TextAreaFieldTests : BunitContext
{
    public TextAreaFieldTests() => this.AddPortalTestServices();

    [Fact]
    public void The_count_is_read_with_the_field_and_follows_what_is_typed()
    {
        using var culture = CultureScope.English();
        var value = string.Empty;
        var field = Render<TextAreaField>(p => p.Add(f => f.Id, "body").Add(f => f.Label, "Your message").Add(f => f.MaxLength, 10)
            .Add(f => f.ValueChanged, v => value = v));

        Assert.Equal("0 of 10 characters", field.Find("#body-count").TextContent.Trim());
        Assert.Contains("body-count", field.Find("textarea").GetAttribute("aria-describedby"), StringComparison.Ordinal);

        field.Find("textarea").Input("a\r\nb");

        Assert.Equal("a\r\nb", value);
        Assert.Equal("3 of 10 characters", field.Find("#body-count").TextContent.Trim());
    }

    [Fact]
    public void Too_much_text_is_kept_and_the_count_says_how_much_too_much()
    {
        using var culture = CultureScope.Spanish();
        var field = Render<TextAreaField>(p => p.Add(f => f.Id, "body").Add(f => f.Label, "Su mensaje").Add(f => f.MaxLength, 5)
            .Add(f => f.Value, "seven c"));

        var count = field.Find("#body-count");
        Assert.Equal("2 caracteres de más", count.TextContent.Trim());
        Assert.Contains("field-count--over", count.ClassList);
        Assert.Equal("seven c", field.Find("textarea").GetAttribute("value"));
    }
}
