using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Dashboard;

/// <summary>
/// "Where is my money?": one payment's timeline for a parent on its case. Anyone else, and a receipt that does not
/// exist, get the same nothing. Only the receiving parent sees the account it was sent to (its last 4).
/// </summary>
public sealed class PaymentTracking(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    public async Task<TrackedPayment?> FindAsync(ClaimsPrincipal user, string? receiptNumber, CancellationToken ct = default)
    {
        if (ParentCaseAccess.PersonIdOf(user) is not { } personId || string.IsNullOrWhiteSpace(receiptNumber) || receiptNumber.Length > 20) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.ReceiptNumber == receiptNumber, ct);
        if (payment is null) return null;
        var viewer = await (from p in db.Participants.AsNoTracking()
                            where p.CaseId == payment.CaseId && p.PersonId == personId && p.Role != ParticipantRole.Child
                            join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
                            select new { p.Role, c.Number }).FirstOrDefaultAsync(ct);
        if (viewer is null) return null;

        var today = ArizonaTime.Today(time);
        PaymentApplication? application = null;
        if (payment.AppliedOn is null)
        {
            var (orders, payments) = await db.LedgerOfAsync(payment.CaseId, ct);
            application = CaseLedger.Months(orders, payments, today).SelectMany(m => m.Payments).FirstOrDefault(a => a.Payment.Id == payment.Id);
        }
        // Made in the portal: the timeline starts on the day the processor took it.
        DateOnly? submittedOnline = null;
        if (payment.ProcessorReference is { } reference
            && await db.OnlinePayments.AsNoTracking().Where(o => o.ProcessorReference == reference).Select(o => o.CompletedAt).FirstOrDefaultAsync(ct) is { } completedAt)
        {
            submittedOnline = ArizonaTime.DateOf(completedAt);
        }
        var receives = viewer.Role == ParticipantRole.CustodialParent;
        return new TrackedPayment(viewer.Number, viewer.Role, PaymentRow.From(payment), PaymentTracker.For(payment, application, submittedOnline, today),
            payment.DisbursementMethod, receives ? payment.DisbursedToLast4 : null);
    }
}

/// <summary>A payment as its tracker shows it to one parent; <see cref="SentToLast4"/> only for the parent it was sent to.</summary>
public sealed record TrackedPayment(CaseNumber CaseNumber, ParticipantRole ViewerRole, PaymentRow Payment, PaymentTimeline Timeline, DisbursementMethod? SentBy, string? SentToLast4)
{
    public bool ViewerReceives => ViewerRole == ParticipantRole.CustodialParent;
}
