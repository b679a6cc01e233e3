using Bunit;
using Portal.App.Components.Layout;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Layout;

/// <summary>The reconnection dialog's markup: what blazor.web.js (.NET 10) and ReconnectModal.razor.js look for.</summary>
public sealed class ReconnectModalTests : BunitContext
{
    private static readonly string[] States = ["show", "retrying", "failed", "paused", "resume-failed", "rejected"];

    public ReconnectModalTests() => this.AddPortalTestServices();

    [Fact]
    public void Is_the_dialog_blazor_web_js_finds_with_words_for_every_state_and_the_buttons_the_module_wires()
    {
        using var culture = CultureScope.English();
        var modal = Render<ReconnectModal>();

        var dialog = modal.Find("dialog#components-reconnect-modal");
        Assert.True(dialog.HasAttribute("data-nosnippet"));
        Assert.Equal("Connection to the portal", modal.Find("#" + dialog.GetAttribute("aria-labelledby")).TextContent);
        Assert.All(States, state => Assert.NotEmpty(dialog.QuerySelector($".reconnect__message--{state} .reconnect__title")!.TextContent));
        Assert.NotNull(dialog.QuerySelector(".reconnect__message--retrying #components-seconds-to-next-attempt"));
        Assert.NotNull(dialog.QuerySelector(".reconnect__message--failed [data-reconnect-retry][data-reconnect-primary]"));
        Assert.NotNull(dialog.QuerySelector(".reconnect__message--paused [data-reconnect-resume][data-reconnect-primary]"));
        Assert.Equal(2, dialog.QuerySelectorAll(".reconnect__message--resume-failed [data-reconnect-reload], .reconnect__message--rejected [data-reconnect-reload]").Length);
        Assert.Equal("status", dialog.QuerySelector("[data-reconnect-announcement]")!.GetAttribute("role"));
        Assert.Equal("module", modal.Find("script").GetAttribute("type"));
    }

    [Theory]
    [InlineData("en-US", "We will try again in ", " ", "second", "seconds", ".")]
    [InlineData("es-US", "Volveremos a intentarlo en ", " ", "segundo", "segundos", ".")]
    public void The_countdown_is_one_sentence_around_the_seconds_Blazor_writes(string culture, string before, string between, string one, string many, string after)
    {
        using var scope = new CultureScope(culture);
        var modal = Render<ReconnectModal>();

        var sentence = modal.Find("#components-seconds-to-next-attempt").ParentElement!;

        Assert.Equal(before, sentence.ChildNodes[0].TextContent);
        Assert.Equal("components-seconds-to-next-attempt", ((AngleSharp.Dom.IElement)sentence.ChildNodes[1]).Id);
        Assert.Equal(between, sentence.ChildNodes[2].TextContent);
        Assert.Equal(one, sentence.QuerySelector(".reconnect__unit--one")!.TextContent);
        Assert.Equal(many, sentence.QuerySelector(".reconnect__unit--many")!.TextContent);
        Assert.Equal(after, sentence.LastChild!.TextContent);
    }
}
