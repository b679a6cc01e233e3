using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Storage;
using Portal.App.Platform.Notifications;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>Staff accept a document, or do not with a reason: the parent sees it, the log records it, and an email tells them (unless they said no).</summary>
public sealed class DocumentReviewTests(DocumentsPortal portal) : IClassFixture<DocumentsPortal>
{
    private StaffDocuments Staff => portal.Get<StaffDocuments>();

    [Fact]
    public async Task Not_accepting_needs_a_reason_of_at_most_the_limit()
    {
        var id = await portal.RosaUploadsAsync();

        Assert.Equal(DocumentReviewResult.ReasonMissing, await Staff.RejectAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id, "   "));
        Assert.Equal(DocumentReviewResult.ReasonTooLong, await Staff.RejectAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id, new string('x', StaffDocuments.ReasonMaxLength + 1)));
        Assert.Equal(DocumentReviewStatus.Received, (await portal.DocumentAsync(id)).ReviewStatus);
    }

    [Fact]
    public async Task A_document_not_accepted_shows_the_reason_to_the_parent_is_audited_and_emailed_in_their_language_without_its_content()
    {
        var account = await TestAccounts.CreateActivatedAsync(portal.App.Services, "rosa.documents", DocumentsPortal.Rosa);
        await using (var db = await DbAsync())
        {
            (await db.Users.SingleAsync(u => u.Id == account.Id)).PreferredCulture = "es-US";
            await db.SaveChangesAsync();
        }
        var rosa = DocumentsPortal.Parent(DocumentsPortal.Rosa, account.Id);
        var id = await portal.RosaUploadsAsync("nómina-secreta.pdf", rosa);

        var outcome = await Staff.RejectAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id, "The page with your employer's name is missing.");

        Assert.Equal(DocumentReviewResult.NotAccepted, outcome);
        var listed = Assert.Single(await portal.Documents.ListMineAsync(rosa, null, CancellationToken.None), d => d.Id == id);
        Assert.Equal(DocumentReviewStatus.NotAccepted, listed.Review);
        Assert.Equal("The page with your employer's name is missing.", listed.NotAcceptedReason);
        await using var check = await DbAsync();
        var entry = await check.StaffAuditEntries.AsNoTracking().SingleAsync(e => e.Action == StaffAuditAction.DocumentNotAccepted);
        Assert.Equal(("caseworker", DashboardCases.Arrears.Digits, account.Id, "The page with your employer's name is missing."), (entry.StaffUserName, entry.CaseNumber, entry.SubjectUserId, entry.Reason));
        var message = await check.OutboxMessages.AsNoTracking().SingleAsync(m => m.Kind == DocumentReviewedEmail.Name);
        var email = portal.App.Services.Readable(message);
        Assert.Equal(account.Email, email.ToAddress);
        Assert.Equal("No se aceptó un documento que usted envió", email.Subject);
        Assert.Contains("comprobante de ingresos", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("nómina", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("employer", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_who_turned_the_email_off_gets_none_but_the_review_still_counts()
    {
        var account = await TestAccounts.CreateActivatedAsync(portal.App.Services, "mateo.quiet", DocumentsPortal.Mateo);
        await portal.Get<NotificationPreferences>().SaveAsync(account.Id, new Dictionary<string, bool> { [DocumentNotices.Topic.Key] = false });
        var mateo = DocumentsPortal.Parent(DocumentsPortal.Mateo, account.Id);
        var id = await portal.RosaUploadsAsync("quiet.pdf", mateo);

        Assert.Equal(DocumentReviewResult.Accepted, await Staff.AcceptAsync(DocumentsPortal.Supervisor, DashboardCases.Arrears, id));

        Assert.Equal(DocumentReviewStatus.Accepted, (await portal.DocumentAsync(id)).ReviewStatus);
        await using var db = await DbAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == DocumentReviewedEmail.Name && m.ToAddress == account.Email));
        Assert.True(await db.StaffAuditEntries.AnyAsync(e => e.Action == StaffAuditAction.DocumentAccepted && e.SubjectUserId == account.Id));
    }

    [Fact]
    public void The_email_is_wanted_by_default_and_listed_on_the_profile()
    {
        var topic = Assert.Single(portal.Get<NotificationPreferences>().Topics, t => t.Key == "DocumentReviewed");

        Assert.True(topic.WantedByDefault);
        Assert.False(topic.AlwaysOn);
    }

    [Fact]
    public async Task A_document_in_quarantine_cannot_be_reviewed()
    {
        Guid id;
        using (portal.Scanner.Saying(new ScanResult.Failed())) id = await portal.RosaUploadsAsync("waiting.pdf");

        Assert.Equal(DocumentReviewResult.NotReviewable, await Staff.AcceptAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id));
    }

    [Fact]
    public async Task A_document_left_in_quarantine_is_scanned_again_on_request_and_then_reviewable()
    {
        Guid id;
        using (portal.Scanner.Saying(new ScanResult.Failed())) id = await portal.RosaUploadsAsync("retry.pdf");
        using (portal.Scanner.Saying(new ScanResult.Failed()))
        {
            Assert.Equal(DocumentScanStatus.AwaitingScan, await Staff.ScanAgainAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id));
        }

        Assert.Null(await Staff.ScanAgainAsync(DocumentsPortal.Caseworker, DashboardCases.Credit, id)); // not on that case
        Assert.Equal(DocumentScanStatus.Clean, await Staff.ScanAgainAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id));
        Assert.Equal(DocumentReviewResult.Accepted, await Staff.AcceptAsync(DocumentsPortal.Caseworker, DashboardCases.Arrears, id));
        Assert.NotNull(await portal.Documents.OpenMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), id, CancellationToken.None));
    }

    private Task<PortalDbContext> DbAsync() => portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
