using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// What the parent's pages, the staff pages and the case-system answers share about signed forms: moving a status (with
/// its history entry and email, in the caller's unit of work) and reading a form back as its pages show it.
/// </summary>
public sealed class SignedForms(FormProtector protector, FormSummary summary, FormNotices notices)
{
    /// <summary>False when the flow does not allow the move (a decision is final; a form is received before it is reviewed).</summary>
    public async Task<bool> MoveAsync(PortalDbContext db, SignedForm form, FormStatus status, DateTimeOffset at, string? byUserId, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        if (!form.MoveTo(status, at, reason)) return false;
        db.FormStatusChanges.Add(new FormStatusChange(form.Id, status, at, byUserId, status == FormStatus.NotApproved ? reason : null));
        await notices.QueueStatusChangedAsync(db, form, ct);
        return true;
    }

    public async Task<SignedFormView> ViewAsync(PortalDbContext db, SignedForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(form);
        var history = await db.FormStatusChanges.AsNoTracking().Where(c => c.FormId == form.Id).OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new FormHistoryEntry(c.Status, c.At, c.Reason)).ToListAsync(ct);
        return new SignedFormView(form.Id, form.Reference, form.Kind, form.CaseNumber, form.Status, form.NotApprovedReason,
            summary.Rows(form.Kind, form.CaseNumber, form.SignerRole, protector.Answers(form.ProtectedAnswers), form.AccountLast4),
            history,
            new FormSignatureRecord(protector.Text(form.ProtectedSignedName), form.SignedAt, form.SignerIp, form.ContentSha256),
            form.AccountLast4, form.RevokedAt, form.AssignedToName, form.PdfStorageKey.Length > 0);
    }
}
