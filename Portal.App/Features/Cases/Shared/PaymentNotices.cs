using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Platform.Notifications;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// "A payment was recorded on your case": an optional email (off until a parent turns it on, on their profile), queued
/// for each parent on the case who wants it in the same unit of work as the payment, so it goes only for a payment
/// that was saved. A reversed payment sends nothing.
/// </summary>
public sealed class PaymentNotices(NotificationPreferences preferences, EmailOutbox outbox)
{
    public static readonly NotificationTopic Topic = new("PaymentPosted", AlwaysOn: false, WantedByDefault: false, typeof(CaseEmailText));

    public async Task QueueAsync(PortalDbContext db, int caseId, CaseNumber caseNumber, Payment payment, CancellationToken ct)
    {
        if (payment.Status == PaymentStatus.Reversed) return;
        // One query on the import's hot path: most cases have no parent with an account, and then nothing more is asked.
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.PersonId != null && u.ActivatedAt != null && u.AccessDisabledAt == null
                && db.Participants.Any(p => p.CaseId == caseId && p.PersonId == u.PersonId
                    && (p.Role == ParticipantRole.CustodialParent || p.Role == ParticipantRole.NonCustodialParent)))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredCulture }).ToListAsync(ct);
        if (accounts.Count == 0) return;
        var wanting = await preferences.WhoWantsAsync(db, Topic, [.. accounts.Select(a => a.Id)], ct);
        foreach (var account in accounts.Where(a => wanting.Contains(a.Id) && a.Email is not null))
        {
            await outbox.QueueAsync(db, new EmailRecipient(account.Email!, account.DisplayName, account.PreferredCulture),
                new PaymentPostedEmail(account.DisplayName, caseNumber.Digits, payment.Amount, payment.ReceivedOn));
        }
    }
}
