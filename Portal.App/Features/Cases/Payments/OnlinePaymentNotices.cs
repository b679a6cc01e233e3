using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Payments.Emails;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// The payer's emails, in their language, queued in the unit of work that recorded the result: the receipt for a payment
/// the processor took, and a failed automatic debit. Always sent: they are about the parent's own money.
/// </summary>
public sealed class OnlinePaymentNotices(EmailOutbox outbox)
{
    public async Task QueueReceiptAsync(PortalDbContext db, OnlinePayment payment, Uri receiptPage, CancellationToken ct)
    {
        if (await RecipientAsync(db, payment.UserId, ct) is { } to)
        {
            await outbox.QueueAsync(db, to, new PaymentReceiptEmail(to.Name ?? string.Empty, payment.ReceiptNumber, payment.CaseNumber.Digits, payment.Amount, payment.Fee,
                payment.Method, payment.Brand, payment.Last4, payment.CompletedAt ?? payment.CreatedAt, receiptPage));
        }
    }

    public async Task QueueDebitFailedAsync(PortalDbContext db, OnlinePayment payment, CancellationToken ct)
    {
        if (payment.ScheduledOn is { } scheduledOn && await RecipientAsync(db, payment.UserId, ct) is { } to)
        {
            await outbox.QueueAsync(db, to, new RecurringDebitFailedEmail(to.Name ?? string.Empty, payment.CaseNumber.Digits, payment.Amount, scheduledOn, payment.Last4, payment.RetryOn));
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
