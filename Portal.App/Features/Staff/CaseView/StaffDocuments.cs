using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// Documents on the staff case page: the case's list, the download (audited like a case view, saved before a byte
/// leaves), and the review: accept, or not accept with a reason, audited and emailed to the parent in one unit of work.
/// Every method checks <see cref="StaffAccess"/> first.
/// </summary>
public sealed class StaffDocuments(
    IDbContextFactory<PortalDbContext> dbFactory, StaffAccess access, StaffAuditLog audit, CaseDocuments documents, DocumentFiles files, DocumentNotices notices, TimeProvider time)
{
    public const int ReasonMaxLength = CaseDocument.ReasonMaxLength;

    /// <summary>Every document on the case except refused (infected) ones, newest first.</summary>
    public async Task<IReadOnlyList<StaffDocumentRow>> ListForCaseAsync(ClaimsPrincipal staff, CaseNumber caseNumber, CancellationToken ct = default)
    {
        await access.RequireAsync(staff);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.CaseDocuments.AsNoTracking()
            .Where(d => d.CaseNumber == caseNumber && d.ScanStatus != DocumentScanStatus.Infected)
            .OrderByDescending(d => d.UploadedAt).ToListAsync(ct);
        return [.. rows.Select(d => new StaffDocumentRow(documents.SummaryOf(d, d.MayBeServedToStaff), d.UploaderPersonId))];
    }

    /// <summary>The content for a staff download; null (not found) when there is no such document or it is in quarantine or infected.</summary>
    public async Task<DocumentContent?> OpenAsync(ClaimsPrincipal staff, Guid documentId, CancellationToken ct = default)
    {
        var member = await access.RequireAsync(staff);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var document = await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is not { MayBeServedToStaff: true }) return null;
        audit.Add(db, member, document.CaseNumber.Digits, StaffAuditAction.DocumentDownloaded, Describe(document));
        await db.SaveChangesAsync(ct);
        return await files.OpenAsync(document, ct);
    }

    /// <summary>Asks the virus scanner again about a document left in quarantine; its status after, or null for no such document on the case.</summary>
    public async Task<DocumentScanStatus?> ScanAgainAsync(ClaimsPrincipal staff, CaseNumber caseNumber, Guid documentId, CancellationToken ct = default)
    {
        await access.RequireAsync(staff);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (!await db.CaseDocuments.AnyAsync(d => d.Id == documentId && d.CaseNumber == caseNumber, ct)) return null;
        }
        return await documents.ScanAgainAsync(documentId, ct);
    }

    public Task<DocumentReviewResult> AcceptAsync(ClaimsPrincipal staff, CaseNumber caseNumber, Guid documentId, CancellationToken ct = default) =>
        ReviewAsync(staff, caseNumber, documentId, reason: null, ct);

    public Task<DocumentReviewResult> RejectAsync(ClaimsPrincipal staff, CaseNumber caseNumber, Guid documentId, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason)) return CheckedAsync(staff, DocumentReviewResult.ReasonMissing);
        if (reason.Trim().Length > ReasonMaxLength) return CheckedAsync(staff, DocumentReviewResult.ReasonTooLong);
        return ReviewAsync(staff, caseNumber, documentId, reason.Trim(), ct);
    }

    /// <summary>The audit detail: the document's type and id, never its name or content.</summary>
    public static string Describe(CaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.Create(CultureInfo.InvariantCulture, $"{document.Type} {document.Id:D}");
    }

    // Even a refusal for bad input is for staff only: a parent's principal never learns how a reason is checked.
    private async Task<DocumentReviewResult> CheckedAsync(ClaimsPrincipal staff, DocumentReviewResult result)
    {
        await access.RequireAsync(staff);
        return result;
    }

    private async Task<DocumentReviewResult> ReviewAsync(ClaimsPrincipal staff, CaseNumber caseNumber, Guid documentId, string? reason, CancellationToken ct)
    {
        var member = await access.RequireAsync(staff);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var document = await db.CaseDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.CaseNumber == caseNumber, ct);
        if (document is null) return DocumentReviewResult.NotFound;
        if (!document.MayBeServedToStaff) return DocumentReviewResult.NotReviewable;
        var now = time.GetUtcNow();
        if (reason is null) document.Accept(member.UserId, now);
        else document.Reject(member.UserId, reason, now);
        audit.Add(db, member, caseNumber.Digits, reason is null ? StaffAuditAction.DocumentAccepted : StaffAuditAction.DocumentNotAccepted, Describe(document), reason,
            subjectUserId: document.UploadedByStaff ? null : document.UploadedByUserId);
        await notices.QueueReviewedAsync(db, document, ct);
        await db.SaveChangesAsync(ct);
        return reason is null ? DocumentReviewResult.Accepted : DocumentReviewResult.NotAccepted;
    }
}
