using System.Net;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Forms;

namespace Portal.Tests.Features.Staff.Forms;

/// <summary>The staff form's PDF over HTTP (audited before a byte leaves) and the case page's list of the forms signed on the case.</summary>
public sealed class StaffFormsHttpTests(FormsStaffPortal portal) : IClassFixture<FormsStaffPortal>
{
    [Fact]
    public async Task A_caseworker_downloads_the_pdf_copy_and_the_download_is_audited()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        var client = await portal.Staff.ClientAsync("caseworker");

        var response = await client.GetAsync($"/staff/forms/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var entry = Assert.Single(await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id));
        Assert.Equal((StaffAuditAction.FormPdfOpened, "caseworker", parent.Case.Digits), (entry.Action, entry.StaffUserName, entry.CaseNumber));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/forms/{Guid.NewGuid()}/pdf")).StatusCode);
    }

    [Fact]
    public async Task The_staff_case_page_lists_the_forms_signed_on_the_case()
    {
        var parent = await portal.ParentAsync();
        var closure = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        portal.Staff.Clock.Advance(TimeSpan.FromMinutes(5));
        var address = await FormsStaffPortal.SignAsync(parent, FormKind.AddressChange);
        await portal.Forms.OpenAsync(portal.Staff.Caseworker, closure);

        var view = await portal.Staff.Get<StaffCases>().OpenAsync(portal.Staff.Caseworker, parent.Case);

        Assert.Equal([(address, FormKind.AddressChange, FormStatus.Submitted), (closure, FormKind.CaseClosure, FormStatus.Received)],
            view!.Forms.Select(f => (f.Id, f.Kind, f.Status)));
        Assert.All(view.Forms, f => Assert.StartsWith("F-", f.Reference, StringComparison.Ordinal));
    }
}
