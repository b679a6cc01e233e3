using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared.Payments;

/// <summary>The online payments' queries every role's case view shares.</summary>
public static class OnlinePayments
{
    /// <summary>The case's payments submitted online and not posted yet, newest first (at most <see cref="SubmittedPayment.ListedCount"/>).</summary>
    public static async Task<IReadOnlyList<SubmittedPayment>> SubmittedAsync(PortalDbContext db, CaseNumber caseNumber, CancellationToken ct)
    {
        var rows = await db.OnlinePayments.AsNoTracking()
            .Where(p => p.CaseNumber == caseNumber && p.Status == OnlinePaymentStatus.Submitted)
            .OrderByDescending(p => p.CompletedAt)
            .Take(SubmittedPayment.ListedCount)
            .Select(p => new { p.Id, p.ReceiptNumber, p.Amount, p.CompletedAt, p.CreatedAt, p.AuthorizationId })
            .ToListAsync(ct);
        return [.. rows.Select(p => new SubmittedPayment(p.Id, p.ReceiptNumber, p.Amount, ArizonaTime.DateOf(p.CompletedAt ?? p.CreatedAt), p.AuthorizationId is not null))];
    }

    public static SubmittedPayment Submitted(OnlinePayment payment) =>
        new(payment.Id, payment.ReceiptNumber, payment.Amount, ArizonaTime.DateOf(payment.CompletedAt ?? payment.CreatedAt), payment.AuthorizationId is not null);
}
