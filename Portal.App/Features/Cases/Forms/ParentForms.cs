using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Session;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Forms;

/// <summary>
/// A parent's e-forms: which they can use on each case, filling one in (saved as a draft as they go), signing it, and
/// following it afterwards. Every call reads who the parent is from their session and what the case allows from the
/// database, never from the page: a form is signed only by a parent on the case, for a reason their role may give.
/// Scoped (one per circuit), for the client address the signature records.
/// </summary>
public sealed partial class ParentForms(
    IDbContextFactory<PortalDbContext> dbFactory,
    FormDrafts drafts,
    SignedForms forms,
    FormProtector protector,
    FormSummary summary,
    FormPdfs pdfs,
    FormNotices notices,
    FormUpdates updates,
    CaseSystemChanges changes,
    ClientAddress client,
    IOptions<FormsOptions> options,
    TimeProvider time,
    ILogger<ParentForms> logger)
{
    /// <summary>The words of the consent and attestation the parent agrees to: kept with the hash, so a later wording is told apart.</summary>
    public const string SignatureWording = "2026-12";

    public async Task<FormsOverview> OverviewAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not var (userId, personId)) return FormsOverview.Empty;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = ArizonaTime.Today(time);
        var cases = await ParentCasesAsync(db, personId, ct);
        var signed = await db.SignedForms.AsNoTracking().Where(f => f.UserId == userId).OrderByDescending(f => f.SignedAt)
            .Select(f => new SignedFormSummary(f.Id, f.Reference, f.Kind, f.CaseNumber, f.Status, f.SignedAt, f.StatusChangedAt, f.RevokedAt))
            .ToListAsync(ct);
        List<CaseForms> offers = [];
        for (var i = 0; i < cases.Count; i++)
        {
            var kinds = Enum.GetValues<FormKind>().Where(kind => IsAvailable(kind, cases[i], isFirstCase: i == 0, signed, today)).ToList();
            offers.Add(new CaseForms(cases[i].Number, cases[i].Role, kinds));
        }
        return new FormsOverview(offers, await drafts.ListAsync(userId, ct), signed);
    }

    /// <summary>The form to fill in, with the draft resumed if there is one; null when the parent may not use it on that case.</summary>
    public async Task<FormSession?> OpenAsync(ClaimsPrincipal user, FormKind kind, string? caseNumberText, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not var (userId, personId) || !CaseNumber.TryParse(caseNumberText, out var caseNumber)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await AvailableAsync(db, userId, personId, kind, caseNumber, ct) is not { } onCase) return null;
        var session = await SessionAsync(db, userId, kind, onCase, ct);
        if (await drafts.FindAsync(userId, kind, caseNumber, ct) is { } draft)
        {
            session.Answers = draft.Answers;
            session.AccountNumber = draft.AccountNumber;
            session.AccountNumberAgain = draft.Answers.AccountConfirmed ? draft.AccountNumber : null;
            session.StepIndex = Math.Clamp(draft.Step, 0, session.Steps.Count - 1);
            session.ExpiresAt = draft.ExpiresAt;
        }
        return session;
    }

    /// <summary>
    /// Saves what the parent typed so far; false when the caller is not a signed-in parent. The session was made by
    /// <see cref="OpenAsync"/> on the server (the circuit holds it), so its case was checked there; signing checks again.
    /// </summary>
    public async Task<bool> SaveDraftAsync(ClaimsPrincipal user, FormSession session, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (ParentCaseAccess.ParentOf(user) is not var (userId, personId)) return false;
        Complete(session);
        var account = BankAccountNumber.Tidy(session.AccountNumber);
        session.ExpiresAt = await drafts.SaveAsync(userId, personId, session.Kind, session.CaseNumber, session.Answers,
            account.Length == 0 ? null : account, session.StepIndex, ct);
        return true;
    }

    public async Task DiscardAsync(ClaimsPrincipal user, FormKind kind, CaseNumber caseNumber, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is var (userId, _)) await drafts.DiscardAsync(userId, kind, caseNumber, ct);
    }

    /// <summary>
    /// Signs and submits: the case's facts are read again, every answer and the signature are checked, then the form,
    /// its history, its PDF copy, the receipt email (and an address change's one change to the case system) are saved
    /// together and the draft is gone.
    /// </summary>
    /// <param name="siteBase">The portal's address as the browser knows it: the receipt links to the form's page.</param>
    public async Task<FormSubmitResult> SubmitAsync(ClaimsPrincipal user, FormSession session, FormSignatureEntry signature, Uri siteBase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(siteBase);
        if (ParentCaseAccess.ParentOf(user) is not var (userId, personId)) return new FormSubmitResult.NotAvailable();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await AvailableAsync(db, userId, personId, session.Kind, session.CaseNumber, ct) is not { } onCase) return new FormSubmitResult.NotAvailable();

        // The page's session carries what the parent typed; what the case allows comes from the database.
        var fresh = await SessionAsync(db, userId, session.Kind, onCase, ct);
        fresh.Answers = session.Answers;
        fresh.AccountNumber = session.AccountNumber;
        fresh.AccountNumberAgain = session.AccountNumberAgain;
        Complete(fresh);
        var problems = FormChecks.All(fresh);
        if (problems.Count > 0) return new FormSubmitResult.Invalid(problems);
        problems = FormChecks.Signature(signature, onCase.FirstName, onCase.LastName);
        if (problems.Count > 0) return new FormSubmitResult.Invalid(problems);

        var now = time.GetUtcNow();
        var account = BankAccountNumber.Tidy(fresh.AccountNumber);
        var authorization = fresh.Answers.AuthorizationId is { } authorizationId && session.Kind == FormKind.PaymentAuthorizationRevocation
            ? await db.SignedForms.SingleAsync(f => f.Id == authorizationId, ct)
            : null;
        var last4 = session.Kind switch
        {
            FormKind.PaymentAuthorization => BankAccountNumber.Last4(account),
            FormKind.PaymentAuthorizationRevocation => authorization!.AccountLast4,
            _ => null,
        };
        fresh.Answers.AuthorizationReference = authorization?.Reference;
        var signedName = signature.Name!.Trim();
        var rows = summary.Rows(session.Kind, session.CaseNumber, onCase.Role, fresh.Answers, last4);
        var form = new SignedForm(Guid.NewGuid(), FormReference.From(RandomNumberGenerator.GetBytes(8)), session.Kind, session.CaseNumber, onCase.OfficeCode,
            userId, personId, onCase.Role, protector.Protect(fresh.Answers), protector.ProtectText(signedName), now,
            client.Value == ClientAddress.Unknown ? null : client.Value, ContentHash(session.Kind, session.CaseNumber, rows, signedName, now),
            FormOpenDue.LateFrom(now, options.Value.OpenWithinBusinessDays));
        if (session.Kind == FormKind.PaymentAuthorization) form.HoldAccount(protector.ProtectAccount(account), last4!);
        if (authorization is not null)
        {
            form.HoldAccount(null, last4!);
            form.Relate(authorization.Id);
            authorization.Revoke(now);
        }
        if (session.Kind == FormKind.AddressChange) form.Relate(await AddressChangeAsync(db, userId, personId, fresh.Answers.Address()!, now, ct));

        var pdf = await pdfs.SaveAsync(form, rows, new FormSignatureRecord(signedName, now, form.SignerIp, form.ContentSha256), ct);
        try
        {
            form.AttachPdf(pdf.StorageKey, pdf.ProtectedKey, pdf.SizeBytes);
            db.SignedForms.Add(form);
            db.FormStatusChanges.Add(new FormStatusChange(form.Id, FormStatus.Submitted, now, null, null));
            await FormDrafts.RemoveAsync(db, userId, session.Kind, session.CaseNumber, ct);
            await notices.QueueSubmittedAsync(db, form, new Uri(siteBase, FormLinks.Form(form.Id)), ct);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await pdfs.DeleteAsync(pdf.StorageKey, CancellationToken.None);
            throw;
        }
        if (session.Kind == FormKind.AddressChange) changes.Queued();
        LogSigned(session.Kind);
        await updates.PublishAsync(new FormUpdate(form.Id, userId));
        return new FormSubmitResult.Submitted(form.Id, form.Reference);
    }

    /// <summary>The parent's own signed form; null for anyone else's, and for one that does not exist.</summary>
    public async Task<SignedFormView?> ViewAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not var (userId, _)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var form = await db.SignedForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.UserId == userId, ct);
        return form is null ? null : await forms.ViewAsync(db, form, ct);
    }

    /// <summary>The PDF copy of the parent's own signed form; null for anyone else's.</summary>
    public async Task<DocumentContent?> PdfAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not var (userId, _)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var form = await db.SignedForms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id && f.UserId == userId, ct);
        return form is null ? null : await pdfs.OpenAsync(form, ct);
    }

    // What the wizard works out as the parent goes: each debit from the order, whether the account number was confirmed.
    private static void Complete(FormSession session)
    {
        var answers = session.Answers;
        if (session.Kind != FormKind.PaymentAuthorization) return;
        answers.DebitAmount = session.MonthlyOrder is { } monthly && answers.Frequency is { } frequency ? DebitSchedule.AmountFor(monthly, frequency).Amount : null;
        answers.AccountConfirmed = BankAccountNumber.IsValid(session.AccountNumber)
            && BankAccountNumber.Tidy(session.AccountNumber) == BankAccountNumber.Tidy(session.AccountNumberAgain);
    }

    private async Task<FormSession> SessionAsync(PortalDbContext db, string userId, FormKind kind, OnCase onCase, CancellationToken ct)
    {
        var today = ArizonaTime.Today(time);
        var authorizations = kind == FormKind.PaymentAuthorizationRevocation
            ? await db.SignedForms.AsNoTracking()
                .Where(f => f.UserId == userId && f.CaseNumber == onCase.Number && f.Kind == FormKind.PaymentAuthorization && f.RevokedAt == null && f.Status != FormStatus.NotApproved)
                .OrderByDescending(f => f.SignedAt)
                .Select(f => new AuthorizationChoice(f.Id, f.Reference, f.AccountLast4 ?? string.Empty, f.Status, f.SignedAt)).ToListAsync(ct)
            : [];
        return new FormSession
        {
            Kind = kind,
            CaseNumber = onCase.Number,
            Role = onCase.Role,
            Today = today,
            MonthlyOrder = kind == FormKind.PaymentAuthorization ? onCase.Orders.FirstOrDefault(o => o.IsInEffectOn(today))?.MonthlyAmount : null,
            Authorizations = authorizations,
        };
    }

    /// <summary>The parent's place on the case when the form is theirs to use there; null otherwise (not on it, or the form is not open to them).</summary>
    private async Task<OnCase?> AvailableAsync(PortalDbContext db, string userId, string personId, FormKind kind, CaseNumber caseNumber, CancellationToken ct)
    {
        var cases = await ParentCasesAsync(db, personId, ct);
        var index = cases.FindIndex(c => c.Number == caseNumber);
        if (index < 0) return null;
        var signed = await db.SignedForms.AsNoTracking().Where(f => f.UserId == userId)
            .Select(f => new SignedFormSummary(f.Id, f.Reference, f.Kind, f.CaseNumber, f.Status, f.SignedAt, f.StatusChangedAt, f.RevokedAt)).ToListAsync(ct);
        return IsAvailable(kind, cases[index], index == 0, signed, ArizonaTime.Today(time)) ? cases[index] : null;
    }

    /// <summary>
    /// Who may use which form: a closure request by either parent with a reason their role may give, one at a time; an
    /// authorization by the paying parent on a case with an order in effect, while no other is pending or active; a
    /// revocation while an authorization can be ended; an address change once for the person (it updates every case),
    /// offered on their first case, one at a time.
    /// </summary>
    private static bool IsAvailable(FormKind kind, OnCase onCase, bool isFirstCase, IReadOnlyList<SignedFormSummary> signed, DateOnly today)
    {
        bool Open(FormKind k, bool anyCase = false) => signed.Any(f => f.Kind == k && (anyCase || f.CaseNumber == onCase.Number) && !FormStatusFlow.IsFinal(f.Status));
        bool Authorized() => signed.Any(f => f.Kind == FormKind.PaymentAuthorization && f.CaseNumber == onCase.Number && f.RevokedAt is null && f.Status != FormStatus.NotApproved);
        return kind switch
        {
            FormKind.CaseClosure => CaseClosureRules.ReasonsFor(onCase.Role).Count > 0 && !Open(kind),
            FormKind.PaymentAuthorization => onCase.Role == ParticipantRole.NonCustodialParent && onCase.HasOrderOn(today) && !Authorized(),
            FormKind.PaymentAuthorizationRevocation => Authorized() && !Open(kind),
            FormKind.AddressChange => isFirstCase && !Open(kind, anyCase: true),
            _ => false,
        };
    }

    private static async Task<List<OnCase>> ParentCasesAsync(PortalDbContext db, string personId, CancellationToken ct)
    {
        var rows = await (from p in db.Participants.AsNoTracking()
                          where p.PersonId == personId && p.Role != ParticipantRole.Child
                          join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
                          where c.Program == CaseProgram.IvD && c.Status == CaseStatus.Open // the cases the portal serves
                          select new { c.Id, c.Number, c.OfficeCode, p.Role, p.FirstName, p.LastName }).ToListAsync(ct);
        var caseIds = rows.Select(r => r.Id).ToList();
        var orders = await db.SupportOrders.AsNoTracking().Where(o => caseIds.Contains(o.CaseId)).ToListAsync(ct);
        return [.. rows.Select(r => new OnCase(r.Id, r.Number, r.OfficeCode, r.Role, r.FirstName, r.LastName, [.. orders.Where(o => o.CaseId == r.Id)]))
            .OrderBy(c => c.Number.Digits, StringComparer.Ordinal)];
    }

    /// <summary>One change to the case system for the new address: the one already on its way when it is the same, else a new one.</summary>
    private async Task<Guid> AddressChangeAsync(PortalDbContext db, string userId, string personId, MailingAddress address, DateTimeOffset now, CancellationToken ct)
    {
        var pending = await changes.PendingAsync(personId, CaseSystemChangeKind.MailingAddress, ct);
        if (pending?.Content?.MailingAddress == address) return pending.Id;
        return changes.Queue(db, personId, ContactChangeContent.For(address), userId, requestedByStaff: false, now).Id;
    }

    /// <summary>SHA-256 of exactly what was signed: the form, the case, the rows as shown, the name typed, the instant and the wording agreed to.</summary>
    private static string ContentHash(FormKind kind, CaseNumber caseNumber, IReadOnlyList<FormRow> rows, string signedName, DateTimeOffset signedAt)
    {
        var content = JsonSerializer.Serialize(new
        {
            kind = kind.ToString(),
            caseNumber = caseNumber.Digits,
            culture = CultureInfo.CurrentUICulture.Name,
            rows = rows.Select(r => new[] { r.Label, r.Value }),
            signedName,
            signedAt = signedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            wording = SignatureWording,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent signed a {Kind} form")]
    private partial void LogSigned(FormKind kind);

    private sealed record OnCase(int CaseId, CaseNumber Number, string OfficeCode, ParticipantRole Role, string FirstName, string LastName, IReadOnlyList<SupportOrder> Orders)
    {
        public bool HasOrderOn(DateOnly date) => Orders.Any(o => o.IsInEffectOn(date));
    }
}

public sealed record FormsOverview(IReadOnlyList<CaseForms> Cases, IReadOnlyList<DraftSummary> Drafts, IReadOnlyList<SignedFormSummary> Submitted)
{
    public static readonly FormsOverview Empty = new([], [], []);
}

/// <summary>The forms a parent can start on one case.</summary>
public sealed record CaseForms(CaseNumber CaseNumber, ParticipantRole Role, IReadOnlyList<FormKind> Available);

public sealed record SignedFormSummary(Guid Id, string Reference, FormKind Kind, CaseNumber CaseNumber, FormStatus Status, DateTimeOffset SignedAt,
    DateTimeOffset StatusChangedAt, DateTimeOffset? RevokedAt);

public abstract record FormSubmitResult
{
    private FormSubmitResult() { }

    public sealed record Submitted(Guid FormId, string Reference) : FormSubmitResult;

    /// <summary>Something to fix, at its field; nothing was signed.</summary>
    public sealed record Invalid(IReadOnlyList<FormProblem> Problems) : FormSubmitResult;

    /// <summary>The form is not (or no longer) the parent's to sign on that case: signed elsewhere meanwhile, or the case changed.</summary>
    public sealed record NotAvailable : FormSubmitResult;
}
