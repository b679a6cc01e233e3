using Microsoft.EntityFrameworkCore;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Data;

public static class CaseQueries
{
    /// <summary>The database id of the case with this number, or null when there is none.</summary>
    public static Task<int?> IdOfAsync(this IQueryable<Case> cases, CaseNumber caseNumber, CancellationToken ct) =>
        cases.AsNoTracking().Where(c => c.Number == caseNumber).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);

    /// <summary>A case's orders and payments: what <see cref="CaseLedger"/> and <see cref="CaseStatement"/> walk.</summary>
    public static async Task<(List<SupportOrder> Orders, List<Payment> Payments)> LedgerOfAsync(this PortalDbContext db, int caseId, CancellationToken ct)
    {
        var orders = await db.SupportOrders.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
        return (orders, payments);
    }
}
