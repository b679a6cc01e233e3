using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Applications;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.Applications;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Applications;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Documents;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Applications;

/// <summary>Documents sent with an application: checked and stored as a case's are, read by the caseworker, carried onto the case, gone with an expired draft.</summary>
public sealed class ApplicationDocumentsTests(ApplicationsPortal portal) : IClassFixture<ApplicationsPortal>, IDisposable
{
    private readonly CultureScope culture = CultureScope.English();

    public void Dispose() => culture.Dispose();

    [Fact]
    public async Task A_document_completes_the_section_is_in_the_signed_copy_and_the_caseworker_downloads_it_audited()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        Assert.Equal(SectionStatus.NotStarted, session.StatusOf(ApplicationSection.Documents));

        var upload = await applicant.Applications.UploadDocumentAsync(applicant.User, session, DocumentType.BirthCertificate, DocumentsPortal.Upload("mia-birth.pdf", DocumentsPortal.Pdf));

        Assert.IsType<DocumentUploadResult.Uploaded>(upload);
        Assert.Equal("mia-birth.pdf", Assert.Single(session.Documents).FileName);
        Assert.Equal(SectionStatus.Completed, session.StatusOf(ApplicationSection.Documents));
        Assert.Contains(applicant.Applications.Rows(session).SelectMany(s => s.Rows), r => r.Label == "Documents uploaded" && r.Value == "mia-birth.pdf");

        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        session.Answers.DocumentsLater = false;
        Assert.IsType<ApplicationSubmitResult.Submitted>(await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));
        var staff = portal.Staff.Get<StaffApplications>();
        var document = Assert.Single((await staff.OpenAsync(portal.Staff.Caseworker, session.Id))!.Documents);
        Assert.True(document.MayDownload);

        await using (var content = await staff.OpenDocumentAsync(portal.Staff.Caseworker, session.Id, document.Id))
        {
            using var copy = new MemoryStream();
            await content!.Content.CopyToAsync(copy);
            Assert.Equal(DocumentsPortal.Pdf, copy.ToArray());
        }
        Assert.Contains(await portal.Staff.AuditAsync(applicant.Account.Id), e => e.Action == StaffAuditAction.ApplicationDocumentDownloaded);
        Assert.Null(await staff.OpenDocumentAsync(portal.Staff.Caseworker, session.Id, Guid.NewGuid()));
    }

    [Fact]
    public async Task Accepting_the_application_carries_its_documents_onto_the_case_as_the_parents_own()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        await applicant.Applications.UploadDocumentAsync(applicant.User, session, DocumentType.CourtOrder, DocumentsPortal.Upload("order.pdf", DocumentsPortal.Pdf));
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        Assert.IsType<ApplicationSubmitResult.Submitted>(await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));
        var (caseNumber, personId) = portal.Staff.NextParent();

        Assert.IsType<StaffApplicationResult.Done>(await portal.Staff.Get<StaffApplications>().AcceptAsync(portal.Staff.Caseworker, session.Id, caseNumber.Digits, personId, ApplicationsPortal.SiteBase));

        var parent = await TestSessions.StartAsync(portal.Staff.App.Services, applicant.Account.UserName!, portal.Staff.Clock.GetUtcNow());
        var mine = Assert.Single(await portal.Staff.Get<CaseDocuments>().ListMineAsync(parent, caseNumber, CancellationToken.None));
        Assert.Equal(("order.pdf", DocumentType.CourtOrder), (mine.FileName, mine.Type));
        await using var db = await portal.Staff.DbAsync();
        Assert.False(await db.ApplicationDocuments.AnyAsync(d => d.ApplicationId == session.Id));
    }

    [Fact]
    public async Task A_refused_file_keeps_nothing_and_a_removed_one_goes_with_its_content()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;

        var refused = await applicant.Applications.UploadDocumentAsync(applicant.User, session, DocumentType.ProofOfIncome, DocumentsPortal.Upload("pay.pdf", Encoding.ASCII.GetBytes("MZ not a pdf")));
        Assert.Equal(new DocumentUploadResult.Refused(DocumentProblem.ContentDoesNotMatchType), refused);
        Assert.Empty(session.Documents);

        var kept = (DocumentUploadResult.Uploaded)await applicant.Applications.UploadDocumentAsync(applicant.User, session, DocumentType.ProofOfIncome, DocumentsPortal.Upload("pay.pdf", DocumentsPortal.Pdf));
        var storageKey = await StorageKeyAsync(kept.DocumentId);
        Assert.True(await applicant.Applications.RemoveDocumentAsync(applicant.User, session, kept.DocumentId));

        Assert.Empty(session.Documents);
        Assert.Empty(StoredFiles(storageKey));
        Assert.False(await applicant.Applications.RemoveDocumentAsync(applicant.User, session, kept.DocumentId));
    }

    [Fact]
    public async Task Nobody_adds_to_or_removes_from_someone_elses_application()
    {
        var owner = await portal.ApplicantAsync();
        var session = (await owner.Applications.OpenAsync(owner.User))!;
        var kept = (DocumentUploadResult.Uploaded)await owner.Applications.UploadDocumentAsync(owner.User, session, DocumentType.Other, DocumentsPortal.Upload("a.pdf", DocumentsPortal.Pdf));
        var other = await portal.ApplicantAsync("Eli", "Moss");

        Assert.Equal(new DocumentUploadResult.Refused(DocumentProblem.NotOnCase),
            await other.Applications.UploadDocumentAsync(other.User, session, DocumentType.Other, DocumentsPortal.Upload("b.pdf", DocumentsPortal.Pdf)));
        Assert.False(await other.Applications.RemoveDocumentAsync(other.User, session, kept.DocumentId));
        Assert.Single((await owner.Applications.OpenAsync(owner.User))!.Documents);
    }

    [Fact]
    public async Task A_draft_that_expires_takes_its_documents_and_their_content_with_it()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        var kept = (DocumentUploadResult.Uploaded)await applicant.Applications.UploadDocumentAsync(applicant.User, session, DocumentType.Other, DocumentsPortal.Upload("a.pdf", DocumentsPortal.Pdf));
        var storageKey = await StorageKeyAsync(kept.DocumentId);
        Assert.Single(StoredFiles(storageKey));

        await portal.StartedDaysAgoAsync(session.Id, 61);
        await portal.Staff.Get<ApplicationReminders>().RunAsync();

        await using var db = await portal.Staff.DbAsync();
        Assert.False(await db.ApplicationDocuments.AnyAsync(d => d.Id == kept.DocumentId));
        Assert.Empty(StoredFiles(storageKey));
    }

    private async Task<string> StorageKeyAsync(Guid documentId)
    {
        await using var db = await portal.Staff.DbAsync();
        return await db.ApplicationDocuments.Where(d => d.Id == documentId).Select(d => d.StorageKey).SingleAsync();
    }

    private string[] StoredFiles(string storageKey) =>
        Directory.Exists(portal.Staff.App.DocumentsFolder) ? Directory.GetFiles(portal.Staff.App.DocumentsFolder, storageKey, SearchOption.AllDirectories) : [];
}
