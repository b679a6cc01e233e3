using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff.Forms;

/// <summary>The queue as a supervisor sees it: the count of forms flagged to them, and the link that lists just those.</summary>
public sealed class StaffFormsPageTests : BunitContext, IClassFixture<FormsStaffPortal>
{
    private readonly FormsStaffPortal portal;

    public StaffFormsPageTests(FormsStaffPortal portal)
    {
        this.portal = portal;
        portal.AddPageServices(this, "supervisor", PortalRoles.Supervisor);
    }

    [Fact]
    public async Task A_supervisor_sees_how_many_forms_were_not_opened_in_time_and_the_link_lists_only_those()
    {
        var parent = await portal.ParentAsync();
        var late = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        await portal.ClockToOpenLateFromAsync(late);
        var onTime = await FormsStaffPortal.SignAsync(parent, FormKind.AddressChange);
        var flagged = await portal.Forms.NotOpenedInTimeAsync(portal.Staff.Supervisor);
        using var culture = CultureScope.English();

        Services.GetRequiredService<NavigationManager>().NavigateTo("/staff/forms?late=true");
        var page = Render<StaffFormsPage>();

        page.WaitForAssertion(() => Assert.Contains(flagged == 1 ? "1 form was not opened in time." : $"{flagged} forms were not opened in time.",
            page.Find("[data-testid=forms-flagged]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/staff/forms?late=true", page.Find("[data-testid=forms-flagged] a").GetAttribute("href"));
        Assert.True(page.Find("#forms-late").HasAttribute("checked"));
        var rows = page.FindAll("[data-testid=form-row]");
        Assert.Equal(flagged, rows.Count);
        Assert.All(rows, row => Assert.NotNull(row.QuerySelector("[data-testid=not-opened-in-time]")));
        Assert.Contains(rows, row => row.TextContent.Contains(parent.Case.Digits, StringComparison.Ordinal));
        Assert.DoesNotContain(page.FindAll("a"), a => a.GetAttribute("href") == StaffFormsEndpoints.Form(onTime));
    }
}
