using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Session;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;
using Portal.Domain.Documents;
using Portal.Domain.Forms;

namespace Portal.App.Features.Applications;

/// <summary>
/// The applicant's journey: their one open application (a new one when they have none), saved as they go, signed and
/// submitted (the PDF copy, the receipt, the change that carries it to the case system, all in one transaction), and
/// their answers to a caseworker's questions. Every call reads the account from the principal and the application from
/// the database: the page's session carries only what was typed.
/// </summary>
public sealed partial class ApplicantApplications(
    IDbContextFactory<PortalDbContext> dbFactory,
    SupportApplications applications,
    ApplicationProtector protector,
    ApplicationRows rows,
    ApplicationPdfs pdfs,
    ApplicationDocuments documents,
    ApplicationNotices notices,
    ApplicationUpdates updates,
    CaseSystemChanges changes,
    CaseSystemSealer sealer,
    ISsnFingerprinter fingerprinter,
    ClientAddress client,
    TimeProvider time,
    ILogger<ApplicantApplications> logger)
{
    public long MaxDocumentBytes => documents.MaxFileBytes;

    /// <summary>Changes when the signature's wording does: part of what the hash binds.</summary>
    public const string SignatureWording = "2026-12-application";

    /// <summary>The applicant's application: the open one, else the latest decided one, else a new draft. Null for anyone who is not an applicant.</summary>
    public async Task<ApplicationSession?> OpenAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await CurrentAsync(db, userId, ct);
        if (application is null)
        {
            application = applications.Start(db, userId, new ApplicationAnswers(), time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        var messages = await db.ApplicationMessages.AsNoTracking().Where(m => m.ApplicationId == application.Id).OrderBy(m => m.SentAt).ToListAsync(ct);
        return new ApplicationSession
        {
            Id = application.Id,
            Today = ArizonaTime.Today(time),
            Status = application.Status,
            ExpiresAt = application.ExpiresAt,
            Reference = application.Reference,
            SubmittedAt = application.SubmittedAt,
            DeclineReason = application.ProtectedDeclineReason is { } reason ? protector.Text(reason) : null,
            Messages = [.. messages.Select(m => new ApplicationMessageView(m.FromStaff, protector.Text(m.ProtectedBody), m.SentAt))],
            Answers = protector.Answers(application.ProtectedAnswers),
            Documents = await documents.ListAsync(application.Id, ct),
        };
    }

    /// <summary>
    /// Adds a document to the applicant's draft (checked, stored encrypted and scanned as a case's documents are) and
    /// refreshes the session's list; refused (NotOnCase) when the draft is not theirs or is gone.
    /// </summary>
    public async Task<DocumentUploadResult> UploadDocumentAsync(ClaimsPrincipal user, ApplicationSession session, DocumentType type, DocumentUpload upload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await IsOpenDraftAsync(user, session.Id, ct)) return new DocumentUploadResult.Refused(DocumentProblem.NotOnCase);
        var result = await documents.AddAsync(session.Id, type, upload, ct);
        session.Documents = await documents.ListAsync(session.Id, ct);
        return result;
    }

    /// <summary>Withdraws a document from the applicant's draft; false when it is not on their open draft.</summary>
    public async Task<bool> RemoveDocumentAsync(ClaimsPrincipal user, ApplicationSession session, Guid documentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!await IsOpenDraftAsync(user, session.Id, ct) || !await documents.RemoveAsync(session.Id, documentId, ct)) return false;
        session.Documents = await documents.ListAsync(session.Id, ct);
        return true;
    }

    private async Task<bool> IsOpenDraftAsync(ClaimsPrincipal user, Guid applicationId, CancellationToken ct)
    {
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.SupportApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.UserId == userId, ct);
        return application is { Status: ApplicationStatus.Draft } && !applications.Expiry.IsExpired(application.StartedAt, time.GetUtcNow());
    }

    /// <summary>
    /// Saves the answers to the draft. An SSN typed since the last save is kept as its fingerprint, its last four and
    /// its copy sealed for the case system, and cleared from the session; one that is not a valid SSN is refused (false)
    /// and nothing else is lost. False also when the draft is gone (submitted elsewhere, expired).
    /// </summary>
    public async Task<bool> SaveAsync(ClaimsPrincipal user, ApplicationSession session, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId) return false;
        Ssn? typed = null;
        if (!string.IsNullOrWhiteSpace(session.TypedSsn))
        {
            if (!Ssn.TryParse(session.TypedSsn, out var ssn)) return false;
            typed = ssn;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.SupportApplications.SingleOrDefaultAsync(a => a.Id == session.Id && a.UserId == userId, ct);
        var now = time.GetUtcNow();
        if (application is not { Status: ApplicationStatus.Draft } || applications.Expiry.IsExpired(application.StartedAt, now)) return false;
        if (typed is { } keep)
        {
            application.KeepSsn(fingerprinter.Fingerprint(keep), keep.Last4, sealer.Seal(keep.UnmaskedDigits));
            session.Answers.NoSsn = false;
        }
        else if (session.Answers.NoSsn && application.SsnFingerprint is not null)
        {
            application.ForgetSsn();
        }
        // The last four shown come from what was stored, never from the page.
        session.Answers.SsnLast4 = application.SsnLast4;
        application.Save(protector.Protect(session.Answers), now);
        await db.SaveChangesAsync(ct);
        session.TypedSsn = null;
        return true;
    }

    /// <summary>The rows the applicant checks before signing, section by section.</summary>
    public IReadOnlyList<ApplicationSectionRows> Rows(ApplicationSession session) => rows.For(session.Answers, session.Answers.SsnLast4, [.. session.Documents.Select(d => d.FileName)]);

    /// <summary>
    /// Signs and submits: every section is checked again against what is stored, then the signature; the application,
    /// its PDF copy, the receipt and the change for the case system are saved together.
    /// </summary>
    public async Task<ApplicationSubmitResult> SubmitAsync(ClaimsPrincipal user, ApplicationSession session, ApplicationSignatureEntry signature, Uri siteBase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(siteBase);
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId || !await SaveAsync(user, session, ct)) return new ApplicationSubmitResult.NotAvailable();

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var result = await db.InWriterTransactionAsync<ApplicationSubmitResult>(async () =>
        {
            var application = await db.SupportApplications.SingleOrDefaultAsync(a => a.Id == session.Id && a.UserId == userId && a.Status == ApplicationStatus.Draft, ct);
            if (application is null) return new ApplicationSubmitResult.NotAvailable();
            var answers = protector.Answers(application.ProtectedAnswers);
            var today = ArizonaTime.Today(time);
            foreach (var section in ApplicationSections.Filled)
            {
                var problems = ApplicationSections.Problems(section, answers, today);
                if (problems.Count > 0) return new ApplicationSubmitResult.Invalid(section, problems);
            }
            var signatureProblems = SignatureProblems(signature, answers);
            if (signatureProblems.Count > 0) return new ApplicationSubmitResult.Invalid(null, signatureProblems);

            var now = time.GetUtcNow();
            var reference = ApplicationReference.From(RandomNumberGenerator.GetBytes(8));
            var signedName = signature.Name!.Trim();
            var sections = rows.For(answers, application.SsnLast4, [.. (await documents.ListAsync(application.Id, ct)).Select(d => d.FileName)]);
            var hash = ContentHash(reference, sections, signedName, now);
            var ip = client.Value == ClientAddress.Unknown ? null : client.Value;
            var change = changes.Queue(db, string.Empty, ContactChangeContent.For(new ContactChangeContent.ApplicationFields(reference, now, CultureInfo.CurrentUICulture.Name,
                JsonSerializer.SerializeToElement(answers), application.SealedSsn, application.SsnLast4)), userId, requestedByStaff: false, now);
            application.Submit(reference, protector.Protect(answers), protector.ProtectText(signedName), CultureInfo.CurrentUICulture.Name, ip, hash, now, change.Id);
            var pdf = await pdfs.SaveAsync(reference, sections, new FormSignatureRecord(signedName, now, ip, hash), ct);
            try
            {
                application.AttachPdf(pdf.StorageKey, pdf.ProtectedKey, pdf.SizeBytes);
                await notices.QueueSubmittedAsync(db, application, siteBase, ct);
                await db.SaveChangesAsync(ct);
                await db.Database.CommitTransactionAsync(ct); // here, so a failed commit takes its file with it
            }
            catch
            {
                await pdfs.DeleteAsync(pdf.StorageKey, CancellationToken.None);
                throw;
            }
            return new ApplicationSubmitResult.Submitted(reference);
        }, ct);
        if (result is not ApplicationSubmitResult.Submitted) return result;
        changes.Queued();
        LogSubmitted();
        await updates.PublishAsync(new ApplicationUpdate(session.Id, userId));
        return result;
    }

    /// <summary>The applicant's answer to a caseworker's request for more information; false when none is awaited or the text is not acceptable.</summary>
    public async Task<bool> ReplyAsync(ClaimsPrincipal user, Guid applicationId, string? text, CancellationToken ct = default)
    {
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId || string.IsNullOrWhiteSpace(text) || text.Trim().Length > ApplicationMessage.BodyMaxLength) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.SupportApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.UserId == userId, ct);
        if (application is not { Status: ApplicationStatus.InformationRequested }) return false;
        var now = time.GetUtcNow();
        db.ApplicationMessages.Add(new ApplicationMessage(Guid.NewGuid(), application.Id, fromStaff: false, userId, protector.ProtectText(text.Trim()), now));
        application.Answered(now);
        await db.SaveChangesAsync(ct);
        await updates.PublishAsync(new ApplicationUpdate(application.Id, userId));
        return true;
    }

    /// <summary>The PDF copy of the applicant's own submitted application; null for anyone else.</summary>
    public async Task<DocumentContent?> PdfAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.SupportApplications.AsNoTracking().Where(a => a.UserId == userId && a.SubmittedAt != null)
            .OrderByDescending(a => a.SubmittedAt).FirstOrDefaultAsync(ct);
        return application is null ? null : await pdfs.OpenAsync(application, ct);
    }

    public static IReadOnlyList<ApplicationProblem> SignatureProblems(ApplicationSignatureEntry signature, ApplicationAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(answers);
        List<ApplicationProblem> problems = [];
        if (!signature.Consented) problems.Add(new("consent", "ConsentRequired"));
        if (string.IsNullOrWhiteSpace(signature.Name)) problems.Add(new("signed-name", "SignedNameRequired"));
        else if (!SignatureName.Matches(signature.Name, answers.FirstName ?? "", answers.LastName ?? "")) problems.Add(new("signed-name", "SignedNameMismatch"));
        if (!signature.Declared) problems.Add(new("declaration", "DeclarationRequired"));
        return problems;
    }

    // The open application, else the latest (submitted or decided) one; an expired draft is none.
    private async Task<SupportApplication?> CurrentAsync(PortalDbContext db, string userId, CancellationToken ct)
    {
        var all = await db.SupportApplications.Where(a => a.UserId == userId).OrderByDescending(a => a.StartedAt).ToListAsync(ct);
        var now = time.GetUtcNow();
        return all.FirstOrDefault(a => a.Status != ApplicationStatus.Draft ? a.IsOpen : !applications.Expiry.IsExpired(a.StartedAt, now))
            ?? all.FirstOrDefault(a => a.Status != ApplicationStatus.Draft);
    }

    private static string ContentHash(string reference, IReadOnlyList<ApplicationSectionRows> sections, string signedName, DateTimeOffset signedAt)
    {
        var content = JsonSerializer.Serialize(new
        {
            reference,
            culture = CultureInfo.CurrentUICulture.Name,
            sections = sections.Select(s => new { s.Heading, rows = s.Rows.Select(r => new[] { r.Label, r.Value }) }),
            signedName,
            signedAt = signedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            wording = SignatureWording,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An applicant submitted an application for services")]
    private partial void LogSubmitted();
}
