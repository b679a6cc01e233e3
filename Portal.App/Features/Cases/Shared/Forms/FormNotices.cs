using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// A signed form's emails to the parent who signed it, in their language, queued in the unit of work that made the
/// change: the receipt (always) and each status change (unless they turn "Updates on my forms" off).
/// </summary>
public sealed class FormNotices(NotificationPreferences preferences, EmailOutbox outbox)
{
    public static readonly NotificationTopic Topic = new("FormUpdates", AlwaysOn: false, WantedByDefault: true, typeof(CaseEmailText));

    /// <summary>The receipt, with a link to <paramref name="formPage"/> (where the copy is, behind the sign-in).</summary>
    public async Task QueueSubmittedAsync(PortalDbContext db, SignedForm form, Uri formPage, CancellationToken ct)
    {
        if (await RecipientAsync(db, form, ct) is { } to)
        {
            await outbox.QueueAsync(db, to, new FormSubmittedEmail(to.Name ?? string.Empty, form.Reference, form.Kind,
                Portal.Domain.ArizonaTime.DateOf(form.SignedAt), form.CaseNumber.Digits, formPage));
        }
    }

    public async Task QueueStatusChangedAsync(PortalDbContext db, SignedForm form, CancellationToken ct)
    {
        if (await RecipientAsync(db, form, ct) is not { } to || (await preferences.WhoWantsAsync(db, Topic, [form.UserId], ct)).Count == 0) return;
        await outbox.QueueAsync(db, to, new FormStatusChangedEmail(to.Name ?? string.Empty, form.Reference, form.Kind, form.Status));
    }

    private static async Task<EmailRecipient?> RecipientAsync(PortalDbContext db, SignedForm form, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == form.UserId && u.ActivatedAt != null && u.AccessDisabledAt == null && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).FirstOrDefaultAsync(ct);
        return account is null ? null : new EmailRecipient(account.Email!, account.DisplayName, account.PreferredCulture);
    }
}
