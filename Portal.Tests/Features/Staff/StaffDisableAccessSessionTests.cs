using System.Net;
using Portal.App.Features.Staff.CaseView;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>A caseworker turning a parent's portal access off signs that parent out everywhere, at once.</summary>
public sealed class StaffDisableAccessSessionTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    [Fact]
    public async Task Disabling_access_ends_every_session_of_the_parent_at_once()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        var laptop = await SignedInClient.CreateAsync(portal.App, account.UserName!, TestAccounts.Password);
        var phone = await SignedInClient.CreateAsync(portal.App, account.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/dashboard")).StatusCode);

        var outcome = await portal.Get<StaffAccountSupport>().DisableAccessAsync(portal.Caseworker, caseNumber, account.Id, "Parent reported a stolen phone");

        Assert.Equal(AccountSupportResult.Done, outcome);
        // No waiting for the next security-stamp check (a minute): the stored sessions ended with the change.
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/dashboard")).StatusCode);
    }
}
