using Bunit;
using Portal.App.Components.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Forms;

public sealed class PasswordChecklistTests : BunitContext
{
    public PasswordChecklistTests() => this.AddPortalTestServices();

    [Fact]
    public void Met_items_are_ticked_and_say_so_to_a_screen_reader()
    {
        using var culture = CultureScope.English();
        var checklist = Render<PasswordChecklist>(p => p.Add(c => c.Heading, "Your password must:")
            .Add(c => c.Items, [new ChecklistItem("Length", "Be 12 to 64 characters long", true), new ChecklistItem("Symbol", "Have a symbol", false)]));

        Assert.Equal("Your password must:", checklist.Find("#password-checklist p").TextContent);
        var length = checklist.Find("li[data-requirement=Length]");
        Assert.Equal("is-met", length.ClassName);
        Assert.Equal("Done:", length.QuerySelector(".visually-hidden")!.TextContent);
        var symbol = checklist.Find("li[data-requirement=Symbol]");
        Assert.Equal("is-unmet", symbol.ClassName);
        Assert.Equal("Not yet:", symbol.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Contains("Have a symbol", symbol.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_checklist_is_not_a_live_region()
    {
        var checklist = Render<PasswordChecklist>(p => p.Add(c => c.Heading, "Your password must:").Add(c => c.Items, [new ChecklistItem("Length", "Long", false)]));

        Assert.Empty(checklist.FindAll("[aria-live], [role=status], [role=alert]"));
    }
}
