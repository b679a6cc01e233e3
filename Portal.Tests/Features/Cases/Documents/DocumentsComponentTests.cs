using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Documents;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Cases;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>The parent's page and the staff panel on their own, against the test portal's services.</summary>
public sealed class DocumentsComponentTests : BunitContext, IClassFixture<DocumentsPortal>, IAsyncLifetime
{
    private readonly DocumentsPortal portal;
    private readonly BunitAuthorizationContext authorization;

    public DocumentsComponentTests(DocumentsPortal portal)
    {
        this.portal = portal;
        authorization = this.AddPortalTestServices();
        Services.AddSingleton(portal.Get<CaseDocuments>());
        Services.AddSingleton(portal.Get<ParentCaseAccess>());
        Services.AddSingleton(portal.Get<StaffDocuments>());
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Theory]
    [InlineData("en-US", "The file's name says it is a PNG, but its content is not.")]
    [InlineData("es-US", "El nombre del archivo dice que es PNG, pero su contenido no lo es.")]
    public void A_refused_file_is_said_at_the_file_field_and_the_kind_chosen_stays(string culture, string message)
    {
        using var scope = new CultureScope(culture);
        authorization.SignIn("mateo", new Claim(ClaimTypes.NameIdentifier, "user-" + DocumentsPortal.Mateo), new Claim(PortalClaims.PersonId, DocumentsPortal.Mateo));
        var page = Render<DocumentsPage>();
        page.WaitForElement("#document-type");

        page.Find("#document-type").Change("CourtOrder");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(DocumentsPortal.Pdf, "order.png", contentType: "image/png"));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.StartsWith(message, page.Find("#document-file-error").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal("true", page.Find("#document-file").GetAttribute("aria-invalid"));
        Assert.Contains("document-file-error", page.Find("#document-file").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("CourtOrder", page.Find("#document-type").GetAttribute("value"));
        Assert.DoesNotContain(page.FindAll("[data-testid=document]"), card => card.TextContent.Contains("order.png", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parent_with_two_cases_picks_one_and_the_upload_is_listed_as_received()
    {
        using var scope = CultureScope.English();
        authorization.SignIn("rosa", new Claim(ClaimTypes.NameIdentifier, "user-component-rosa"), new Claim(PortalClaims.PersonId, DocumentsPortal.Rosa));
        var page = Render<DocumentsPage>();
        page.WaitForElement("#document-case");

        page.Find("#document-case").Change(DashboardCases.Credit.Digits);
        page.Find("#document-type").Change("ProofOfAddress");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(DocumentsPortal.Pdf, "../bill.pdf", contentType: "application/pdf"));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=document]")));
        var card = page.Find("[data-testid=document]");
        Assert.Equal("bill.pdf", card.QuerySelector("h3")!.TextContent);
        Assert.Contains("Proof of address", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Case 900-000-002", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("Received", card.QuerySelector("[data-testid=document-status]")!.TextContent.Trim());
        Assert.StartsWith("documents/", card.QuerySelector("a[download]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.Find("#document-type").GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task Staff_see_a_not_scanned_warning_need_a_reason_to_refuse_and_see_the_review()
    {
        using var scope = CultureScope.English();
        Guid id;
        using (portal.Scanner.Saying(new ScanResult.NotScanned())) id = await portal.RosaUploadsAsync("unscanned.pdf", DocumentsPortal.Parent(DocumentsPortal.Mateo));
        authorization.SignIn("caseworker", new Claim(ClaimTypes.NameIdentifier, "caseworker-id"), new Claim(ClaimTypes.Role, PortalRoles.Caseworker));
        var mateo = new StaffParticipant(DocumentsPortal.Mateo, ParticipantRole.NonCustodialParent, "Mateo Vargas", new DateOnly(1985, 6, 9), null, null, null, [], []);
        var panel = Render<StaffDocumentsPanel>(p => p.Add(x => x.CaseNumber, DashboardCases.Arrears).Add(x => x.Participants, [mateo]));
        panel.WaitForElement("[data-testid=case-document]");

        var card = panel.FindAll("[data-testid=case-document]").Single(c => c.TextContent.Contains("unscanned.pdf", StringComparison.Ordinal));
        Assert.Contains("Not scanned for viruses", card.QuerySelector("[data-testid=not-scanned]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sent by Mateo Vargas", card.TextContent, StringComparison.Ordinal);
        Assert.Equal($"staff/documents/{id:D}", card.QuerySelector("a[download]")!.GetAttribute("href"));

        var reasonId = card.QuerySelector("textarea")!.Id!;
        card.QuerySelectorAll("button").Single(b => b.TextContent == "Do not accept").Click();
        panel.WaitForAssertion(() => Assert.Equal("Enter the reason the document is not accepted.", panel.Find($"#{reasonId}-error").TextContent.Trim()));

        panel.Find($"#{reasonId}").Change("Please send all pages.");
        panel.FindAll("[data-testid=case-document]").Single(c => c.TextContent.Contains("unscanned.pdf", StringComparison.Ordinal))
            .QuerySelectorAll("button").Single(b => b.TextContent == "Do not accept").Click();
        panel.WaitForAssertion(() => Assert.Equal("Not accepted: Please send all pages.",
            panel.FindAll("[data-testid=case-document]").Single(c => c.TextContent.Contains("unscanned.pdf", StringComparison.Ordinal)).QuerySelector("[data-testid=review-status]")!.TextContent.Trim()));
        Assert.Empty(panel.FindAll($"#{reasonId}-error"));
    }
}
