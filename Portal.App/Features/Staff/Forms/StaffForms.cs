using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Forms;

namespace Portal.App.Features.Staff.Forms;

/// <summary>
/// The caseworkers' side of e-forms: the queue (oldest signed first), opening a form (audited; the first opening tells
/// the parent it was received), assigning it, moving its status (audited, emailed, and shown live on the parent's page),
/// its PDF copy, and an authorization's bank account number revealed only for a reason. Every method checks the caller
/// is staff first.
/// </summary>
public sealed class StaffForms(
    IDbContextFactory<PortalDbContext> dbFactory,
    StaffAccess access,
    StaffAuditLog audit,
    SignedForms forms,
    FormProtector protector,
    FormPdfs pdfs,
    FormUpdates updates,
    TimeProvider time)
{
    public const int PageSize = 25;
    public const int ReasonMaxLength = FormStatusChange.ReasonMaxLength;

    public async Task<StaffFormResults> SearchAsync(ClaimsPrincipal user, StaffFormFilter filter, int pageIndex, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var staff = await access.RequireAsync(user);
        pageIndex = Math.Max(0, pageIndex);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var query = db.SignedForms.AsNoTracking();
        if (filter.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        if (filter.Status is { } status) query = query.Where(f => f.Status == status);
        else if (!filter.AllStatuses) query = query.Where(f => StaffFormFilter.OpenStatuses.Contains(f.Status));
        if (!string.IsNullOrWhiteSpace(filter.OfficeCode)) query = query.Where(f => f.OfficeCode == filter.OfficeCode.Trim());
        if (filter.SignedDaysAgo is { } days)
        {
            var before = now.AddDays(-days);
            query = query.Where(f => f.SignedAt <= before);
        }
        query = filter.Assignment switch
        {
            FormAssignment.Unassigned => query.Where(f => f.AssignedToUserId == null),
            FormAssignment.Mine => query.Where(f => f.AssignedToUserId == staff.UserId),
            _ => query,
        };
        if (filter.NotOpenedInTime) query = query.Where(NotOpenedInTime(now));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(f => f.SignedAt).ThenBy(f => f.Reference).Skip(pageIndex * PageSize).Take(PageSize)
            .Select(f => new StaffFormRow(f.Id, f.Reference, f.Kind, f.CaseNumber, f.OfficeCode, f.Status, f.SignedAt, f.AssignedToName,
                f.Kind != FormKind.AddressChange && f.FirstOpenedAt == null && f.OpenLateFrom <= now))
            .ToListAsync(ct);
        return new StaffFormResults(rows, total, pageIndex, PageSize);
    }

    /// <summary>Supervisors only: how many forms no caseworker opened in time (the ones flagged to them).</summary>
    public async Task<int> NotOpenedInTimeAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await access.RequireAsync(user, PortalPolicies.Supervisor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        return await db.SignedForms.CountAsync(NotOpenedInTime(now), ct);
    }

    // A change of address waits for the case system, not a caseworker: it is never late for staff.
    private static System.Linq.Expressions.Expression<Func<SignedForm, bool>> NotOpenedInTime(DateTimeOffset now) =>
        f => f.Kind != FormKind.AddressChange && f.FirstOpenedAt == null && f.OpenLateFrom <= now;

    /// <summary>
    /// The form, audited as viewed; null when there is no such form (nothing is audited then). The first opening by staff
    /// records when, and a submitted form is received: the parent is told by email and on their open page.
    /// </summary>
    public async Task<StaffFormView?> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SignedForms.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } form) return null;
        audit.Add(db, staff, form.CaseNumber.Digits, StaffAuditAction.FormOpened, Describe(form), subjectUserId: form.UserId);
        var received = false;
        if (form.FirstOpenedAt is null)
        {
            var now = time.GetUtcNow();
            form.Opened(now);
            // An address change is received when the case system has it (AddressFormFollower), not when staff read it.
            if (form.Kind != FormKind.AddressChange && form.Status == FormStatus.Submitted
                && await forms.MoveAsync(db, form, FormStatus.Received, now, staff.UserId, null, ct))
            {
                audit.Add(db, staff, form.CaseNumber.Digits, StaffAuditAction.FormStatusChanged, Describe(form, FormStatus.Received), subjectUserId: form.UserId);
                received = true;
            }
        }
        await db.SaveChangesAsync(ct);
        if (received) await updates.PublishAsync(new FormUpdate(form.Id, form.UserId));
        return await ViewAsync(db, form, ct);
    }

    /// <summary>The same form again after an action the page took, or an update it heard: not a new opening, so not audited again.</summary>
    public async Task<StaffFormView?> RefreshAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SignedForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is { } form ? await ViewAsync(db, form, ct) : null;
    }

    /// <summary>Assigns the form to a staff member, or to nobody with a null <paramref name="assigneeUserId"/>.</summary>
    public async Task<StaffFormResult> AssignAsync(ClaimsPrincipal user, Guid id, string? assigneeUserId, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SignedForms.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } form) return new StaffFormResult.NotFound();
        string? name = null;
        if (assigneeUserId is not null && (name = await StaffDirectory.NameOfAsync(db, assigneeUserId, ct)) is null) return new StaffFormResult.NotFound();
        form.AssignTo(assigneeUserId, name);
        await db.SaveChangesAsync(ct);
        await updates.PublishAsync(new FormUpdate(form.Id, form.UserId));
        return new StaffFormResult.Done();
    }

    public Task<StaffFormResult> MarkInReviewAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) => MoveAsync(user, id, FormStatus.InReview, null, ct);

    public Task<StaffFormResult> CompleteAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default) => MoveAsync(user, id, FormStatus.Completed, null, ct);

    /// <summary>Not approved, with the reason the parent reads on their page and in the email.</summary>
    public async Task<StaffFormResult> NotApproveAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken ct = default)
    {
        // Even a refusal for bad input is for staff only: a parent's principal never learns how a reason is checked.
        await access.RequireAsync(user);
        if (CheckReason(reason) is { } problem) return problem;
        return await MoveAsync(user, id, FormStatus.NotApproved, reason!.Trim(), ct);
    }

    /// <summary>
    /// A payment authorization's full bank account number, for a reason: the reveal is saved in the audit (the reason,
    /// never the number) before the number leaves.
    /// </summary>
    public async Task<StaffFormResult> RevealAccountAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        if (CheckReason(reason) is { } problem) return problem;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SignedForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is not { } form) return new StaffFormResult.NotFound();
        if (form.ProtectedAccountNumber is not { } protectedNumber) return new StaffFormResult.NotAllowed();
        audit.Add(db, staff, form.CaseNumber.Digits, StaffAuditAction.BankAccountRevealed, Describe(form), reason, subjectUserId: form.UserId);
        await db.SaveChangesAsync(ct);
        return new StaffFormResult.Revealed(protector.Account(protectedNumber));
    }

    /// <summary>The PDF copy for staff, audited before a byte leaves; null when there is no such form or copy.</summary>
    public async Task<DocumentContent?> PdfAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SignedForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) is not { PdfStorageKey.Length: > 0 } form) return null;
        audit.Add(db, staff, form.CaseNumber.Digits, StaffAuditAction.FormPdfOpened, Describe(form), subjectUserId: form.UserId);
        await db.SaveChangesAsync(ct);
        return await pdfs.OpenAsync(form, ct);
    }

    /// <summary>The audit detail: the form's kind and reference (and the new status), never its answers.</summary>
    public static string Describe(SignedForm form, FormStatus? status = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return status is { } to
            ? string.Create(CultureInfo.InvariantCulture, $"{form.Kind} {form.Reference}: {to}")
            : string.Create(CultureInfo.InvariantCulture, $"{form.Kind} {form.Reference}");
    }

    private static StaffFormResult? CheckReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return new StaffFormResult.ReasonMissing();
        return reason.Trim().Length > ReasonMaxLength ? new StaffFormResult.ReasonTooLong() : null;
    }

    private async Task<StaffFormResult> MoveAsync(ClaimsPrincipal user, Guid id, FormStatus status, string? reason, CancellationToken ct)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Serialised: of two caseworkers moving one form at once, the second is checked against the first's move.
        var (result, moved) = await db.InWriterTransactionAsync<(StaffFormResult, SignedForm?)>(async () =>
        {
            if (await db.SignedForms.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } form) return (new StaffFormResult.NotFound(), null);
            if (form.Kind == FormKind.AddressChange || !await forms.MoveAsync(db, form, status, time.GetUtcNow(), staff.UserId, reason, ct))
            {
                return (new StaffFormResult.NotAllowed(), null);
            }
            audit.Add(db, staff, form.CaseNumber.Digits, StaffAuditAction.FormStatusChanged, Describe(form, status), reason, subjectUserId: form.UserId);
            await db.SaveChangesAsync(ct);
            return (new StaffFormResult.Done(), form);
        }, ct);
        if (moved is not null) await updates.PublishAsync(new FormUpdate(moved.Id, moved.UserId));
        return result;
    }

    private async Task<StaffFormView> ViewAsync(PortalDbContext db, SignedForm form, CancellationToken ct)
    {
        var view = await forms.ViewAsync(db, form, ct);
        // The name the case system has for the signer; their account's name if they have since left the case.
        var onCase = await (from p in db.Participants.AsNoTracking()
                            join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
                            where c.Number == form.CaseNumber && p.PersonId == form.PersonId
                            select new { p.FirstName, p.LastName }).FirstOrDefaultAsync(ct);
        var parentName = onCase is not null
            ? $"{onCase.FirstName} {onCase.LastName}"
            : await db.Users.AsNoTracking().Where(u => u.Id == form.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? string.Empty;
        var followsCaseSystem = form.Kind == FormKind.AddressChange;
        return new StaffFormView(view, parentName, form.OfficeCode, form.AssignedToUserId, followsCaseSystem,
            MayMarkInReview: !followsCaseSystem && FormStatusFlow.CanMove(form.Status, FormStatus.InReview),
            MayDecide: !followsCaseSystem && FormStatusFlow.CanMove(form.Status, FormStatus.Completed),
            MayRevealAccount: form.ProtectedAccountNumber is not null);
    }
}
