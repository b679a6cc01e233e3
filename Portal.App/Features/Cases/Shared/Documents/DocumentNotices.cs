using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>
/// "Your document was reviewed": an email to the parent who uploaded it (wanted unless they turn it off on their profile),
/// in their language, queued in the same unit of work as the review. It names the document's type and day, never its
/// content, its file name or staff's reason: those are behind the sign-in.
/// </summary>
public sealed class DocumentNotices(NotificationPreferences preferences, EmailOutbox outbox)
{
    public static readonly NotificationTopic Topic = new("DocumentReviewed", AlwaysOn: false, WantedByDefault: true, typeof(CaseEmailText));

    public async Task QueueReviewedAsync(PortalDbContext db, CaseDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        if (document.UploadedByStaff) return;
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == document.UploadedByUserId && u.ActivatedAt != null && u.AccessDisabledAt == null && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredCulture }).FirstOrDefaultAsync(ct);
        if (account is null || (await preferences.WhoWantsAsync(db, Topic, [account.Id], ct)).Count == 0) return;
        await outbox.QueueAsync(db, new EmailRecipient(account.Email!, account.DisplayName, account.PreferredCulture),
            new DocumentReviewedEmail(account.DisplayName, document.CaseNumber.Digits, document.Type, Portal.Domain.ArizonaTime.DateOf(document.UploadedAt),
                document.ReviewStatus == DocumentReviewStatus.Accepted));
    }
}
