using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Applications;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.Applications;

/// <summary>
/// The caseworkers' side of applications: the queue (oldest submitted first), opening one (audited; the first opening
/// puts it in review), asking the applicant for more information (a message on the application, and an email), and the
/// decision: accept, linking the applicant's account to a parent on a case (new in the case system or existing), which
/// makes it a parent's account; or decline with a reason. Every method checks the caller is staff first; every view and
/// decision is audited.
/// </summary>
public sealed partial class StaffApplications(
    IDbContextFactory<PortalDbContext> dbFactory,
    StaffAccess access,
    StaffAuditLog audit,
    ApplicationProtector protector,
    ApplicationRows rows,
    ApplicationNotices notices,
    ApplicationDocuments documents,
    ApplicationUpdates updates,
    TimeProvider time,
    ILogger<StaffApplications> logger)
{
    public const int ReasonMaxLength = SupportApplication.ReasonMaxLength;
    private static readonly ParticipantRole[] ParentRoles = [ParticipantRole.CustodialParent, ParticipantRole.NonCustodialParent];

    /// <summary>Submitted applications, oldest first: the open ones unless <paramref name="all"/>.</summary>
    public async Task<IReadOnlyList<StaffApplicationRow>> QueueAsync(ClaimsPrincipal user, bool all = false, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.SupportApplications.AsNoTracking().Where(a => a.SubmittedAt != null);
        if (!all) query = query.Where(a => a.Status != ApplicationStatus.Accepted && a.Status != ApplicationStatus.Declined);
        return await query.OrderBy(a => a.SubmittedAt)
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new StaffApplicationRow(a.Id, a.Reference!, u.DisplayName, a.Status, a.SubmittedAt!.Value))
            .Take(200).ToListAsync(ct);
    }

    /// <summary>The application, audited as viewed; null when there is no such submitted application (nothing is audited then).</summary>
    public async Task<StaffApplicationView?> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SubmittedAsync(db, id, ct) is not { } application) return null;
        audit.Add(db, staff, application.LinkedCaseNumber, StaffAuditAction.ApplicationOpened, application.Reference, subjectUserId: application.UserId);
        var before = application.Status;
        application.Opened(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        if (application.Status != before) await PublishAsync(application);
        return await ViewAsync(db, application, ct);
    }

    /// <summary>The same application again after an action the page took: not a new opening, so not audited again.</summary>
    public async Task<StaffApplicationView?> RefreshAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await SubmittedAsync(db, id, ct) is { } application ? await ViewAsync(db, application, ct) : null;
    }

    /// <summary>A document sent with a submitted application, audited as downloaded; null (not found) for no such document, or one in quarantine or infected.</summary>
    public async Task<DocumentContent?> OpenDocumentAsync(ClaimsPrincipal user, Guid id, Guid documentId, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SubmittedAsync(db, id, ct) is not { } application || await documents.OpenAsync(id, documentId, ct) is not { } content) return null;
        audit.Add(db, staff, application.LinkedCaseNumber, StaffAuditAction.ApplicationDocumentDownloaded, $"{application.Reference} {documentId:D}", subjectUserId: application.UserId);
        await db.SaveChangesAsync(ct);
        return content;
    }

    /// <summary>Asks the applicant for more information: a message on the application, and an email saying there is one.</summary>
    public async Task<StaffApplicationResult> AskAsync(ClaimsPrincipal user, Guid id, string? question, Uri siteBase, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        if (string.IsNullOrWhiteSpace(question)) return new StaffApplicationResult.Refused("QuestionRequired");
        if (question.Trim().Length > ApplicationMessage.BodyMaxLength) return new StaffApplicationResult.Refused("QuestionTooLong");
        return await ChangeOpenAsync(id, siteBase, (db, application) =>
        {
            var now = time.GetUtcNow();
            db.ApplicationMessages.Add(new ApplicationMessage(Guid.NewGuid(), application.Id, fromStaff: true, staff.UserId, protector.ProtectText(question.Trim()), now));
            application.AskForInformation(now);
            audit.Add(db, staff, null, StaffAuditAction.ApplicationInformationRequested, application.Reference, subjectUserId: application.UserId);
            return Task.FromResult<StaffApplicationResult.Refused?>(null);
        }, ct);
    }

    /// <summary>The parents on a case, to choose whom the applicant is; empty when the portal does not have the case (yet).</summary>
    public async Task<IReadOnlyList<LinkCandidate>> CandidatesAsync(ClaimsPrincipal user, string? caseNumber, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        if (!CaseNumber.TryParse(caseNumber, out var number)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var parents = await (from p in db.Participants.AsNoTracking()
                             join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
                             where c.Number == number && ParentRoles.Contains(p.Role)
                             select new { p.PersonId, p.FirstName, p.LastName, p.Role }).ToListAsync(ct);
        var ids = parents.Select(p => p.PersonId).ToList();
        var withAccounts = await db.Users.Where(u => u.PersonId != null && ids.Contains(u.PersonId)).Select(u => u.PersonId!).ToListAsync(ct);
        return [.. parents.Select(p => new LinkCandidate(p.PersonId, $"{p.FirstName} {p.LastName}", p.Role, withAccounts.Contains(p.PersonId)))];
    }

    /// <summary>
    /// Accepts the application and links the applicant's account to <paramref name="personId"/>, a parent on the case: the
    /// account becomes a parent's (its claims refresh on its next request). Refused when the person is not a parent on
    /// that case, already has an account, or the account is already linked.
    /// </summary>
    public async Task<StaffApplicationResult> AcceptAsync(ClaimsPrincipal user, Guid id, string? caseNumber, string? personId, Uri siteBase, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        if (!CaseNumber.TryParse(caseNumber, out var number)) return new StaffApplicationResult.Refused("CaseNumberInvalid");
        var result = await ChangeOpenAsync(id, siteBase, async (db, application) =>
        {
            var onCase = await (from p in db.Participants
                                join c in db.Cases on p.CaseId equals c.Id
                                where c.Number == number && p.PersonId == personId && ParentRoles.Contains(p.Role)
                                select p.PersonId).AnyAsync(ct);
            if (!onCase || personId is null) return new StaffApplicationResult.Refused("NotAParentOnCase");
            if (await db.Users.AnyAsync(u => u.PersonId == personId, ct)) return new StaffApplicationResult.Refused("PersonHasAccount");
            var account = await db.Users.SingleAsync(u => u.Id == application.UserId, ct);
            if (account.PersonId is not null) return new StaffApplicationResult.Refused("AccountLinked");

            account.PersonId = personId;
            account.ConcurrencyStamp = Guid.NewGuid().ToString();
            application.Accept(number.Digits, personId, staff.UserId, time.GetUtcNow());
            await ApplicationDocuments.MoveToCaseAsync(db, application.Id, number, account.Id, personId, ct);
            audit.Add(db, staff, number.Digits, StaffAuditAction.ApplicationAccepted, $"{application.Reference} {personId}", subjectUserId: application.UserId);
            return null;
        }, ct);
        if (result is StaffApplicationResult.Done) LogAccepted();
        return result;
    }

    public async Task<StaffApplicationResult> DeclineAsync(ClaimsPrincipal user, Guid id, string? reason, Uri siteBase, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        if (string.IsNullOrWhiteSpace(reason)) return new StaffApplicationResult.Refused("ReasonRequired");
        if (reason.Trim().Length > ReasonMaxLength) return new StaffApplicationResult.Refused("ReasonTooLong");
        return await ChangeOpenAsync(id, siteBase, (db, application) =>
        {
            application.Decline(protector.ProtectText(reason.Trim()), staff.UserId, time.GetUtcNow());
            audit.Add(db, staff, null, StaffAuditAction.ApplicationDeclined, application.Reference, reason: reason, subjectUserId: application.UserId);
            return Task.FromResult<StaffApplicationResult.Refused?>(null);
        }, ct);
    }

    /// <summary>
    /// A question, an acceptance or a declining: <paramref name="change"/> is made to the submitted application while it
    /// is still open, or refuses (null: made), in one writer transaction, so of two caseworkers acting at once the second
    /// is checked against the first's change ("AlreadyDecided"), never over it. The applicant is emailed and their open
    /// pages updated once it is committed.
    /// </summary>
    private async Task<StaffApplicationResult> ChangeOpenAsync(Guid id, Uri siteBase,
        Func<PortalDbContext, SupportApplication, Task<StaffApplicationResult.Refused?>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (result, changed) = await db.InWriterTransactionAsync<(StaffApplicationResult, SupportApplication?)>(async () =>
        {
            if (await SubmittedAsync(db, id, ct) is not { } application) return (new StaffApplicationResult.NotFound(), null);
            if (!application.IsOpen) return (new StaffApplicationResult.Refused("AlreadyDecided"), null);
            if (await change(db, application) is { } refused) return (refused, null);
            await notices.QueueStatusChangedAsync(db, application, siteBase, ct);
            await db.SaveChangesAsync(ct);
            return (new StaffApplicationResult.Done(), application);
        }, ct);
        if (changed is not null) await PublishAsync(changed);
        return result;
    }

    private Task PublishAsync(SupportApplication application) => updates.PublishAsync(new ApplicationUpdate(application.Id, application.UserId));

    private static Task<SupportApplication?> SubmittedAsync(PortalDbContext db, Guid id, CancellationToken ct) =>
        db.SupportApplications.FirstOrDefaultAsync(a => a.Id == id && a.SubmittedAt != null, ct);

    private async Task<StaffApplicationView> ViewAsync(PortalDbContext db, SupportApplication application, CancellationToken ct)
    {
        var applicant = await db.Users.AsNoTracking().Where(u => u.Id == application.UserId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(ct);
        var messages = await db.ApplicationMessages.AsNoTracking().Where(m => m.ApplicationId == application.Id).OrderBy(m => m.SentAt).ToListAsync(ct);
        // The answers in the language the caseworker reads; the applicant's own copy is the PDF in theirs.
        var answers = protector.Answers(application.ProtectedAnswers);
        var sent = await documents.ListAsync(application.Id, ct);
        return new StaffApplicationView(application.Id, application.Reference!, applicant.DisplayName, applicant.Email, application.Status, application.SubmittedAt!.Value,
            rows.For(answers, application.SsnLast4, [.. sent.Select(d => d.FileName)]), [.. messages.Select(m => new StaffApplicationMessage(m.FromStaff, protector.Text(m.ProtectedBody), m.SentAt))],
            sent,
            application.ProtectedDeclineReason is { } reason ? protector.Text(reason) : null, application.LinkedCaseNumber);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An application was accepted and its account linked to a case")]
    private partial void LogAccepted();
}
