using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Applications.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// An application's emails to the applicant, in their language, queued in the unit of work that made the change: the
/// receipt, the reminders before an unfinished one expires, and each decision or request a caseworker makes. None can be
/// turned off: they are about the application itself. Reasons and questions stay behind the sign-in.
/// </summary>
public sealed class ApplicationNotices(EmailOutbox outbox)
{
    /// <summary>Where the emails lead, under the portal's address.</summary>
    public const string ApplyPath = "apply";

    public async Task QueueSubmittedAsync(PortalDbContext db, SupportApplication application, Uri siteBase, CancellationToken ct)
    {
        if (await RecipientAsync(db, application.UserId, ct) is { } to)
        {
            await outbox.QueueAsync(db, to, new ApplicationSubmittedEmail(to.Name ?? string.Empty, application.Reference!,
                Portal.Domain.ArizonaTime.DateOf(application.SubmittedAt!.Value), new Uri(siteBase, ApplyPath)));
        }
    }

    public async Task QueueReminderAsync(PortalDbContext db, SupportApplication application, int daysLeft, CancellationToken ct)
    {
        if (await RecipientAsync(db, application.UserId, ct) is { } to)
        {
            await outbox.QueueAsync(db, to, new ApplicationReminderEmail(to.Name ?? string.Empty, daysLeft,
                Portal.Domain.ArizonaTime.DateOf(application.ExpiresAt)));
        }
    }

    public async Task QueueStatusChangedAsync(PortalDbContext db, SupportApplication application, Uri siteBase, CancellationToken ct)
    {
        if (application.Status is not (ApplicationStatus.InformationRequested or ApplicationStatus.Accepted or ApplicationStatus.Declined)) return;
        if (await RecipientAsync(db, application.UserId, ct) is { } to)
        {
            await outbox.QueueAsync(db, to, new ApplicationStatusChangedEmail(to.Name ?? string.Empty, application.Reference!, application.Status,
                new Uri(siteBase, application.Status == ApplicationStatus.Accepted ? "dashboard" : ApplyPath)));
        }
    }

    private static async Task<EmailRecipient?> RecipientAsync(PortalDbContext db, string userId, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.ActivatedAt != null && u.AccessDisabledAt == null && u.Email != null)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).FirstOrDefaultAsync(ct);
        return account is null ? null : new EmailRecipient(account.Email!, account.DisplayName, account.PreferredCulture);
    }
}
