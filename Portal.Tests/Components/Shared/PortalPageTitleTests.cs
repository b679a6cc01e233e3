using Bunit;
using Portal.App.Components.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Shared;

/// <summary>The head is rendered statically: a title that changes in a circuit (a wizard step) is written through portal.js.</summary>
public sealed class PortalPageTitleTests : BunitContext
{
    public PortalPageTitleTests()
    {
        this.AddPortalTestServices();
        JSInterop.SetupVoid("portal.setTitle", _ => true);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private IEnumerable<string?> WrittenTitles =>
        JSInterop.Invocations["portal.setTitle"].Select(invocation => invocation.Arguments[0] as string);

    [Fact]
    public void A_title_that_changes_in_a_circuit_is_written_to_the_document_once_per_change()
    {
        using var culture = CultureScope.English();
        var title = Render<PortalPageTitle>(parameters => parameters.Add(p => p.Page, "Find your case (step 1 of 4)"));

        title.Render(parameters => parameters.Add(p => p.Page, "Find your case (step 1 of 4)"));
        title.Render(parameters => parameters.Add(p => p.Page, "Your account (step 2 of 4)"));

        // The first title is the prerendered page's own; only the change is written.
        Assert.Equal(["Your account (step 2 of 4) - Arizona Child Support Portal"], WrittenTitles);
    }

    [Fact]
    public void A_page_rendered_on_the_server_gives_the_static_head_its_title_and_writes_nothing()
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        using var culture = CultureScope.English();

        var title = Render<PortalPageTitle>(parameters => parameters.Add(p => p.Page, "My case"));

        Assert.Single(title.FindComponents<Microsoft.AspNetCore.Components.Web.PageTitle>());
        Assert.Empty(WrittenTitles);
    }
}
