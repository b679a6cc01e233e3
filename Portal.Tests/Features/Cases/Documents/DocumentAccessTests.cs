using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Cases;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Dashboard;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>
/// The access matrix for documents: every route and service method for an anonymous visitor, the parent who uploaded
/// (Rosa), the other parent on the same case (Mateo: family violence makes this the one that matters), a parent on
/// another case (Ana), a caseworker and a supervisor. Not yours and does not exist answer the same 404.
/// </summary>
public sealed class DocumentAccessTests(DocumentsPortal portal) : IClassFixture<DocumentsPortal>
{
    private const string RosaWho = "parent:" + DocumentsPortal.Rosa;
    private const string MateoWho = "parent:" + DocumentsPortal.Mateo;
    private const string AnaWho = "parent:" + DocumentsPortal.Ana;

    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route ({id}: Rosa's clean PDF on Arrears), who, expected: "ok", "not found", "signin" (sent to sign in) or "denied"
        { "/documents", "anonymous", "signin" },
        { "/documents", RosaWho, "ok" },
        { "/documents", AnaWho, "ok" },
        { "/documents", "caseworker", "denied" },
        { "/documents", "supervisor", "denied" },
        { "/documents/{id}", "anonymous", "signin" },
        { "/documents/{id}", RosaWho, "ok" },
        { "/documents/{id}", MateoWho, "not found" },
        { "/documents/{id}", AnaWho, "not found" },
        { "/documents/{id}", "caseworker", "denied" },
        { "/documents/{id}", "supervisor", "denied" },
        { "/staff/documents/{id}", "anonymous", "signin" },
        { "/staff/documents/{id}", RosaWho, "denied" },
        { "/staff/documents/{id}", MateoWho, "denied" },
        { "/staff/documents/{id}", "caseworker", "ok" },
        { "/staff/documents/{id}", "supervisor", "ok" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Document_routes_admit_only_the_uploader_and_staff(string route, string who, string expected)
    {
        var id = await portal.RosaUploadsAsync();
        using var client = portal.ClientFor(who);

        using var response = await client.GetAsync(route.Replace("{id}", id.ToString("D"), StringComparison.Ordinal));

        Assert.Equal(expected switch
        {
            "ok" => HttpStatusCode.OK,
            "not found" => HttpStatusCode.NotFound,
            _ => HttpStatusCode.Redirect,
        }, response.StatusCode);
        if (expected is "signin" or "denied") Assert.Equal(expected == "signin" ? "/signin" : "/access-denied", response.Headers.Location?.OriginalString);
        if (expected == "ok" && route.Contains("{id}", StringComparison.Ordinal))
        {
            Assert.Equal(DocumentsPortal.Pdf, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("pay-stub.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(response.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task The_other_parents_document_and_one_that_does_not_exist_are_the_same_404()
    {
        var id = await portal.RosaUploadsAsync();
        using var mateo = portal.ClientFor(MateoWho);

        using var other = await mateo.GetAsync($"/documents/{id:D}");
        using var missing = await mateo.GetAsync($"/documents/{Guid.NewGuid():D}");
        using var notAGuid = await mateo.GetAsync("/documents/..%2F..%2Fetc%2Fpasswd");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);
        // What a person reads is the same (the page's hidden tokens differ per request by design).
        Assert.Equal(MainText(await missing.Content.ReadAsStringAsync()), MainText(await other.Content.ReadAsStringAsync()));
    }

    private static string MainText(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("main")?.TextContent ?? html;

    [Fact]
    public async Task A_staff_download_is_audited_and_one_in_quarantine_is_not_served()
    {
        var clean = await portal.RosaUploadsAsync();
        Guid quarantined;
        using (portal.Scanner.Saying(new ScanResult.Failed())) quarantined = await portal.RosaUploadsAsync("waiting.pdf");
        using var caseworker = portal.ClientFor("caseworker");

        Assert.Equal(HttpStatusCode.OK, (await caseworker.GetAsync($"/staff/documents/{clean:D}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/staff/documents/{quarantined:D}")).StatusCode);

        await using var db = await portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var entries = await db.StaffAuditEntries.AsNoTracking().Where(e => e.Action == StaffAuditAction.DocumentDownloaded).ToListAsync();
        Assert.Contains(entries, e => e.Detail == $"ProofOfIncome {clean:D}" && e.CaseNumber == DashboardCases.Arrears.Digits && e.StaffUserName == "caseworker");
        Assert.DoesNotContain(entries, e => e.Detail!.Contains(quarantined.ToString("D"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("anonymous", null)]
    [InlineData(RosaWho, false)]
    [InlineData(MateoWho, false)]
    [InlineData(AnaWho, null)]
    [InlineData("caseworker", true)]
    [InlineData("supervisor", true)]
    public async Task Upload_accepts_a_parent_on_the_case_and_staff_and_no_one_else(string who, bool? byStaff)
    {
        var result = await portal.Documents.UploadAsync(DocumentsTestAuthenticationHandler.PrincipalFor(who), DashboardCases.Arrears, DocumentType.Other,
            DocumentsPortal.Upload("letter.pdf", DocumentsPortal.Pdf), CancellationToken.None);

        if (byStaff is null)
        {
            Assert.Equal(DocumentProblem.NotOnCase, Assert.IsType<DocumentUploadResult.Refused>(result).Problem);
            return;
        }
        var document = await portal.DocumentAsync(Assert.IsType<DocumentUploadResult.Uploaded>(result).DocumentId);
        Assert.Equal(byStaff, document.UploadedByStaff);
    }

    [Theory]
    [InlineData(RosaWho)]
    [InlineData("caseworker")]
    public async Task Upload_to_a_case_that_does_not_exist_is_refused_as_not_on_the_case(string who)
    {
        var result = await portal.Documents.UploadAsync(DocumentsTestAuthenticationHandler.PrincipalFor(who), DashboardCases.Nonexistent, DocumentType.Other,
            DocumentsPortal.Upload("letter.pdf", DocumentsPortal.Pdf), CancellationToken.None);

        Assert.Equal(DocumentProblem.NotOnCase, Assert.IsType<DocumentUploadResult.Refused>(result).Problem);
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData(RosaWho, true)]
    [InlineData(MateoWho, false)]
    [InlineData(AnaWho, false)]
    [InlineData("caseworker", false)]
    [InlineData("supervisor", false)]
    public async Task Only_the_uploader_lists_and_opens_their_document(string who, bool sees)
    {
        var id = await portal.RosaUploadsAsync();
        var user = DocumentsTestAuthenticationHandler.PrincipalFor(who);

        var listed = await portal.Documents.ListMineAsync(user, null, CancellationToken.None);
        await using var content = await portal.Documents.OpenMineAsync(user, id, CancellationToken.None);

        Assert.Equal(sees, listed.Any(d => d.Id == id));
        Assert.Equal(sees, content is not null);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData(RosaWho)]
    [InlineData(MateoWho)]
    public async Task Every_staff_document_method_refuses_anyone_but_staff(string who)
    {
        var id = await portal.RosaUploadsAsync();
        var staff = portal.Get<StaffDocuments>();
        var user = DocumentsTestAuthenticationHandler.PrincipalFor(who);

        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => staff.ListForCaseAsync(user, DashboardCases.Arrears));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => staff.OpenAsync(user, id));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => staff.ScanAgainAsync(user, DashboardCases.Arrears, id));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => staff.AcceptAsync(user, DashboardCases.Arrears, id));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => staff.RejectAsync(user, DashboardCases.Arrears, id, "Blurry"));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => staff.RejectAsync(user, DashboardCases.Arrears, id, ""));
        Assert.Equal(DocumentReviewStatus.Received, (await portal.DocumentAsync(id)).ReviewStatus);
    }

    [Theory]
    [InlineData("caseworker")]
    [InlineData("supervisor")]
    public async Task Staff_list_open_and_review_any_cases_documents(string who)
    {
        var id = await portal.RosaUploadsAsync();
        var staff = portal.Get<StaffDocuments>();
        var user = DocumentsTestAuthenticationHandler.PrincipalFor(who);

        Assert.Contains(await staff.ListForCaseAsync(user, DashboardCases.Arrears), r => r.Document.Id == id && r.UploaderPersonId == DocumentsPortal.Rosa);
        await using (var content = await staff.OpenAsync(user, id)) Assert.NotNull(content);
        Assert.Equal(DocumentReviewResult.Accepted, await staff.AcceptAsync(user, DashboardCases.Arrears, id));
        Assert.Equal(DocumentReviewResult.NotFound, await staff.AcceptAsync(user, DashboardCases.Credit, id)); // not on that case
    }

    [Fact]
    public async Task A_parent_taken_off_the_case_no_longer_sees_or_downloads_what_they_sent()
    {
        var id = Assert.IsType<DocumentUploadResult.Uploaded>(await portal.Documents.UploadAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), DashboardCases.Credit,
            DocumentType.ProofOfAddress, DocumentsPortal.Upload("bill.pdf", DocumentsPortal.Pdf), CancellationToken.None)).DocumentId;
        await using (var db = await portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var credit = await db.Cases.SingleAsync(c => c.Number == DashboardCases.Credit);
            await db.Participants.Where(p => p.CaseId == credit.Id && p.PersonId == DocumentsPortal.Rosa).ExecuteDeleteAsync();
        }

        var rosa = DocumentsPortal.Parent(DocumentsPortal.Rosa);
        Assert.DoesNotContain(await portal.Documents.ListMineAsync(rosa, null, CancellationToken.None), d => d.Id == id);
        Assert.Null(await portal.Documents.OpenMineAsync(rosa, id, CancellationToken.None));
        using var client = portal.ClientFor(RosaWho);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/{id:D}")).StatusCode);
    }
}
