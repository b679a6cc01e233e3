using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>A document sent with an application, as its lists show it.</summary>
public sealed record ApplicationDocumentRow(Guid Id, DocumentType Type, string FileName, long SizeBytes, DateTimeOffset UploadedAt, DocumentScanStatus Scan, bool MayDownload);

/// <summary>
/// The documents sent with an application: added and withdrawn while it is a draft, read by the caseworker, moved onto
/// the case when the application is linked to one, and deleted with a draft that expires. Callers check who is asking
/// (the applicant's own draft, staff).
/// </summary>
public sealed class ApplicationDocuments(IDbContextFactory<PortalDbContext> dbFactory, DocumentIntake intake, DocumentFiles files, TimeProvider time)
{
    /// <summary>Enough for birth certificates, an order and proof of income, few enough to review.</summary>
    public const int MaxPerApplication = 10;

    public long MaxFileBytes => intake.MaxFileBytes;

    public async Task<DocumentUploadResult> AddAsync(Guid applicationId, DocumentType type, DocumentUpload upload, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (!Enum.IsDefined(type)) return new DocumentUploadResult.Refused(DocumentProblem.NoDocumentType);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.ApplicationDocuments.CountAsync(d => d.ApplicationId == applicationId, ct) >= MaxPerApplication) return new DocumentUploadResult.Refused(DocumentProblem.TooMany);
        }
        var received = await intake.ReceiveAsync(upload, ct);
        if (received is DocumentIntakeResult.Refused refused) return new DocumentUploadResult.Refused(refused.Problem);
        var (fileName, kind, stored) = (DocumentIntakeResult.Received)received;
        var document = new ApplicationDocument(Guid.NewGuid(), applicationId, type, files.ProtectName(fileName), kind.ContentType, stored.SizeBytes, stored.Sha256,
            stored.StorageKey, stored.ProtectedKey, time.GetUtcNow());
        // On record before the scanner sees it (in quarantine), as a case's documents are.
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.ApplicationDocuments.Add(document);
            await db.SaveChangesAsync(ct);
        }
        var scan = await intake.ScanAsync(document.Id, document.StorageKey, document.ProtectedKey, ct);
        if (scan == DocumentScanStatus.AwaitingScan) return new DocumentUploadResult.Uploaded(document.Id, scan);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (scan == DocumentScanStatus.Infected)
            {
                // Nothing of an infected file stays with an application: the scanner's finding is logged.
                await db.ApplicationDocuments.Where(d => d.Id == document.Id).ExecuteDeleteAsync(ct);
                return new DocumentUploadResult.Refused(DocumentProblem.Infected);
            }
            db.ApplicationDocuments.Attach(document);
            document.RecordScan(scan, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        return new DocumentUploadResult.Uploaded(document.Id, scan);
    }

    public async Task<IReadOnlyList<ApplicationDocumentRow>> ListAsync(Guid applicationId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var documents = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt).ToListAsync(ct);
        return [.. documents.Select(d => new ApplicationDocumentRow(d.Id, d.Type, files.NameOf(d.ProtectedFileName, d.ContentType), d.SizeBytes, d.UploadedAt, d.ScanStatus, d.MayBeServed))];
    }

    /// <summary>Withdraws a document from the application, its content with it; false when there is no such document on it.</summary>
    public async Task<bool> RemoveAsync(Guid applicationId, Guid documentId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var document = await db.ApplicationDocuments.FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, ct);
        if (document is null) return false;
        db.ApplicationDocuments.Remove(document);
        await db.SaveChangesAsync(ct);
        await intake.DeleteAsync(document.StorageKey, ct);
        return true;
    }

    /// <summary>The content, when the document is on that application and may be served; null otherwise.</summary>
    public async Task<DocumentContent?> OpenAsync(Guid applicationId, Guid documentId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var d = await db.ApplicationDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, ct);
        return d is not { MayBeServed: true } ? null : await files.OpenAsync(d.StorageKey, d.ProtectedKey, files.NameOf(d.ProtectedFileName, d.ContentType), d.ContentType, d.SizeBytes, ct);
    }

    /// <summary>
    /// In the caller's unit of work: the application's documents become documents the applicant (now
    /// <paramref name="personId"/>) sent to <paramref name="caseNumber"/>, with the same encrypted content.
    /// </summary>
    public static async Task MoveToCaseAsync(PortalDbContext db, Guid applicationId, CaseNumber caseNumber, string userId, string personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var documents = await db.ApplicationDocuments.Where(d => d.ApplicationId == applicationId).ToListAsync(ct);
        foreach (var document in documents)
        {
            db.CaseDocuments.Add(document.ToCaseDocument(caseNumber, userId, personId));
            db.ApplicationDocuments.Remove(document);
        }
    }

    /// <summary>Deletes stored content whose records are gone (the documents of a draft that expired).</summary>
    public async Task DeleteContentAsync(IEnumerable<string> storageKeys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storageKeys);
        foreach (var key in storageKeys) await intake.DeleteAsync(key, ct);
    }
}
