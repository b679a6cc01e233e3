using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>
/// Documents sent to a case: the upload (name, size, allow-list and signature checks, encrypted streaming store, virus
/// scan) for a parent on the case or staff, and a parent's own list and download. The messages feature calls
/// <see cref="UploadAsync"/> for attachments. A parent sees and downloads only what they uploaded, while still a
/// parent on that case: never the other parent's documents.
/// </summary>
public sealed class CaseDocuments(
    IDbContextFactory<PortalDbContext> dbFactory,
    DocumentIntake intake,
    DocumentFiles files,
    IAuthorizationService authorization,
    IOptions<DocumentsOptions> options,
    TimeProvider time)
{
    public long MaxFileBytes => intake.MaxFileBytes;

    public int MaxFilesPerMessage => options.Value.MaxFilesPerMessage;

    public async Task<DocumentUploadResult> UploadAsync(ClaimsPrincipal user, CaseNumber caseNumber, DocumentType type, DocumentUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(upload);
        var uploader = await UploaderAsync(user, caseNumber, ct);
        if (uploader is null) return Refused(DocumentProblem.NotOnCase);
        if (!Enum.IsDefined(type)) return Refused(DocumentProblem.NoDocumentType);
        var received = await intake.ReceiveAsync(upload, ct);
        if (received is DocumentIntakeResult.Refused refused) return Refused(refused.Problem);
        var (fileName, kind, stored) = (DocumentIntakeResult.Received)received;

        var document = new CaseDocument(Guid.NewGuid(), caseNumber, uploader.UserId, uploader.PersonId, uploader.IsStaff, type,
            files.ProtectName(fileName), kind.ContentType, stored.SizeBytes, stored.Sha256, stored.StorageKey, stored.ProtectedKey, time.GetUtcNow());
        // In quarantine first: a file is on record before the scanner sees it, and stays there if the scanner is down.
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.CaseDocuments.Add(document);
            await db.SaveChangesAsync(ct);
        }
        var scan = await ScanAsync(document, ct);
        return scan == DocumentScanStatus.Infected ? Refused(DocumentProblem.Infected) : new DocumentUploadResult.Uploaded(document.Id, scan);
    }

    /// <summary>The documents <paramref name="user"/> uploaded, newest first, on one case or on all their cases; none for anyone but a parent.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListMineAsync(ClaimsPrincipal user, CaseNumber? caseNumber, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (ParentCaseAccess.PersonIdOf(user) is not { } personId || UserIdOf(user) is not { } userId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var documents = db.CaseDocuments.AsNoTracking()
            .Where(d => d.UploadedByUserId == userId && d.UploaderPersonId == personId && d.ScanStatus != DocumentScanStatus.Infected)
            // Still a parent on the case: someone removed from it no longer sees what they sent to it.
            .Where(d => db.Participants.Any(p => p.PersonId == personId && p.Role != ParticipantRole.Child && db.Cases.Any(c => c.Id == p.CaseId && c.Number == d.CaseNumber)));
        if (caseNumber is { } number) documents = documents.Where(d => d.CaseNumber == number);
        var rows = await documents.OrderByDescending(d => d.UploadedAt).ToListAsync(ct);
        return [.. rows.Select(d => SummaryOf(d, d.MayBeServedToParent))];
    }

    /// <summary>The content of a document the parent uploaded, if they are still a parent on its case and it was scanned clean; null otherwise (answered as "not found").</summary>
    public async Task<DocumentContent?> OpenMineAsync(ClaimsPrincipal user, Guid documentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (ParentCaseAccess.PersonIdOf(user) is not { } personId || UserIdOf(user) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var document = await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null || document.UploadedByUserId != userId || document.UploaderPersonId != personId || !document.MayBeServedToParent) return null;
        if (!await ParentCaseAccess.IsParentOnCaseAsync(db, personId, document.CaseNumber, ct)) return null;
        return await files.OpenAsync(document, ct);
    }

    /// <summary>A document as lists show it; <paramref name="mayDownload"/> follows the viewer's rule.</summary>
    public DocumentSummary SummaryOf(CaseDocument document, bool mayDownload)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.CaseNumber, document.Type, files.NameOf(document), document.ContentType, document.SizeBytes, document.UploadedAt,
            document.ScanStatus, document.ReviewStatus, document.NotAcceptedReason, document.UploadedByStaff, mayDownload);
    }

    /// <summary>
    /// Scans a document still in quarantine (the scanner was down when it came) and records the verdict; any other
    /// document keeps its status. For callers that have checked who is asking (staff).
    /// </summary>
    public async Task<DocumentScanStatus?> ScanAgainAsync(Guid documentId, CancellationToken ct)
    {
        CaseDocument? document;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            document = await db.CaseDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        }
        if (document is null) return null;
        return document.ScanStatus == DocumentScanStatus.AwaitingScan ? await ScanAsync(document, ct) : document.ScanStatus;
    }

    private async Task<DocumentScanStatus> ScanAsync(CaseDocument document, CancellationToken ct)
    {
        var status = await intake.ScanAsync(document.Id, document.StorageKey, document.ProtectedKey, ct);
        if (status == DocumentScanStatus.AwaitingScan) return status;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.CaseDocuments.Attach(document);
        document.RecordScan(status, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return status;
    }

    private sealed record Uploader(string UserId, string? PersonId, bool IsStaff);

    // A parent on the case, or staff on a case that exists; anyone else (and any case that does not exist) is "not on the case".
    private async Task<Uploader?> UploaderAsync(ClaimsPrincipal user, CaseNumber caseNumber, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true || UserIdOf(user) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if ((await authorization.AuthorizeAsync(user, PortalPolicies.Staff)).Succeeded)
        {
            return await db.Cases.AnyAsync(c => c.Number == caseNumber, ct) ? new Uploader(userId, null, IsStaff: true) : null;
        }
        if (!(await authorization.AuthorizeAsync(user, PortalPolicies.Parent)).Succeeded || ParentCaseAccess.PersonIdOf(user) is not { } personId) return null;
        return await ParentCaseAccess.IsParentOnCaseAsync(db, personId, caseNumber, ct) ? new Uploader(userId, personId, IsStaff: false) : null;
    }

    private static string? UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? id : null;

    private static DocumentUploadResult.Refused Refused(DocumentProblem problem) => new(problem);
}
