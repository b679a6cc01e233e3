using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The dashboard's queries. It does not check who asks: the parent page checks <see cref="ParentCaseAccess"/>,
/// staff pages their own policy, before they show a case.
/// </summary>
public sealed class CaseDashboards(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The whole dashboard of a case, or null when there is no such case.</summary>
    public async Task<CaseDashboardData?> LoadAsync(CaseNumber caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The stamp is read first: whatever the later queries see is at least that new (see CaseRecordStamp).
        var found = await Heads(db, caseNumber).SingleOrDefaultAsync(ct);
        if (found is null) return null;

        // Names only, never contact details: the dashboard is shown to both parents, and ParticipantDisclosure lets a
        // parent see no more than the short name of anyone else on the case.
        var parents = await db.Participants.AsNoTracking()
            .Where(p => p.CaseId == found.Id && p.Role != ParticipantRole.Child)
            .OrderBy(p => p.Role)
            .Select(p => new { p.PersonId, p.Role, p.FirstName, p.LastName })
            .ToListAsync(ct);
        var orders = await db.SupportOrders.AsNoTracking().Where(o => o.CaseId == found.Id).ToListAsync(ct);
        // A case's payments are a few hundred at most: the ledger needs them all, the circuit keeps none of them.
        var payments = await db.Payments.AsNoTracking().Where(p => p.CaseId == found.Id).ToListAsync(ct);
        var actions = await db.CaseActions.AsNoTracking()
            .Where(a => a.CaseId == found.Id)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(CaseDashboardData.RecentActionCount)
            .Select(a => new RecentAction(a.Id, a.OccurredAt, a.Type))
            .ToListAsync(ct);

        var today = ArizonaTime.Today(time);
        var summary = CaseLedger.Summarize(orders, payments, today);
        var firstPage = PageOf(payments.Select(PaymentRow.From), PaymentQuery.Default);

        return new CaseDashboardData(
            caseNumber,
            found.Status,
            [.. parents.Select(p => new CaseParent(p.PersonId, p.Role, p.FirstName, p.LastName.Length > 0 ? p.LastName[..1] : string.Empty))],
            DashboardSummary.From(summary, payments),
            summary.LastPayment is { } last ? PaymentRow.From(last) : null,
            NextPaymentDue.After(orders, today),
            actions,
            firstPage,
            found.Stamp,
            await Payments.OnlinePayments.SubmittedAsync(db, caseNumber, ct));
    }

    /// <summary>
    /// A case's <see cref="CaseRecordStamp"/> as it is now, or null when there is no such case: one query, to tell whether
    /// dashboard data read earlier is still current.
    /// </summary>
    public async Task<CaseRecordStamp?> StampAsync(CaseNumber caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await Heads(db, caseNumber).SingleOrDefaultAsync(ct))?.Stamp;
    }

    private static IQueryable<CaseHead> Heads(PortalDbContext db, CaseNumber caseNumber) =>
        db.Cases.AsNoTracking()
            .Where(c => c.Number == caseNumber)
            .Select(c => new CaseHead(c.Id, c.Status, db.Payments.Count(p => p.CaseId == c.Id), db.CaseActions.Count(a => a.CaseId == c.Id),
                db.Payments.Where(p => p.CaseId == c.Id).Sum(p => (p.Status == PaymentStatus.Held ? 1 : p.Status == PaymentStatus.Disbursed ? 2 : p.Status == PaymentStatus.Reversed ? 3 : 0)
                    + (p.AppliedOn != null ? 4 : 0)),
                db.OnlinePayments.Count(o => o.CaseNumber == c.Number && o.Status == Payments.OnlinePaymentStatus.Submitted)));

    /// <summary>One page of a case's payment history, or null when there is no such case.</summary>
    public async Task<PaymentPage?> LoadPaymentsAsync(CaseNumber caseNumber, PaymentQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseId = await db.Cases.IdOfAsync(caseNumber, ct);
        if (caseId is null) return null;

        var inRange = InRange(db, caseId.Value, query);
        // Amounts and statuses only: SQLite cannot sum the converted Money column, and the rows are small.
        var totals = await inRange.Select(p => new { p.Amount, p.Status }).ToListAsync(ct);
        var rows = await Sorted(inRange, query)
            .Skip(query.Skip).Take(query.Take)
            .Select(p => new PaymentRow(p.Id, p.ReceiptNumber, p.ReceivedOn, p.Amount, p.Source, p.Status, p.DisbursedOn))
            .ToListAsync(ct);
        return new PaymentPage(query, rows, totals.Count,
            totals.Where(t => t.Status != PaymentStatus.Reversed).Aggregate(Money.Zero, (sum, t) => sum + t.Amount));
    }

    /// <summary>Every payment in a range, newest first (the CSV export and the print view), or null when there is no such case.</summary>
    public async Task<IReadOnlyList<PaymentRow>?> LoadAllPaymentsAsync(CaseNumber caseNumber, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseId = await db.Cases.IdOfAsync(caseNumber, ct);
        if (caseId is null) return null;
        var query = PaymentQuery.Default with { From = from, To = to };
        return await Sorted(InRange(db, caseId.Value, query), query)
            .Select(p => new PaymentRow(p.Id, p.ReceiptNumber, p.ReceivedOn, p.Amount, p.Source, p.Status, p.DisbursedOn))
            .ToListAsync(ct);
    }

    private static IQueryable<Payment> InRange(PortalDbContext db, int caseId, PaymentQuery query)
    {
        var payments = db.Payments.AsNoTracking().Where(p => p.CaseId == caseId);
        if (query.From is { } from) payments = payments.Where(p => p.ReceivedOn >= from);
        if (query.To is { } to) payments = payments.Where(p => p.ReceivedOn <= to);
        return payments;
    }

    private static IQueryable<Payment> Sorted(IQueryable<Payment> payments, PaymentQuery query) => (query.Sort, query.Descending) switch
    {
        (PaymentSort.Amount, false) => payments.OrderBy(p => p.Amount).ThenByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
        (PaymentSort.Amount, true) => payments.OrderByDescending(p => p.Amount).ThenByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
        (PaymentSort.Source, false) => payments.OrderBy(p => p.Source).ThenByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
        (PaymentSort.Source, true) => payments.OrderByDescending(p => p.Source).ThenByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
        (PaymentSort.Status, false) => payments.OrderBy(p => p.Status).ThenByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
        (PaymentSort.Status, true) => payments.OrderByDescending(p => p.Status).ThenByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
        (_, false) => payments.OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id),
        _ => payments.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
    };

    /// <summary>The default page computed from payments already loaded, so opening a dashboard costs no extra query.</summary>
    private static PaymentPage PageOf(IEnumerable<PaymentRow> payments, PaymentQuery query)
    {
        var all = payments.ToList();
        var rows = all.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id).Skip(query.Skip).Take(query.Take).ToList();
        return new PaymentPage(query, rows, all.Count, all.Where(p => p.Counts).Aggregate(Money.Zero, (sum, p) => sum + p.Amount));
    }

    private sealed record CaseHead(int Id, CaseStatus Status, int Payments, int Actions, int PaymentStages, int Submitted)
    {
        public CaseRecordStamp Stamp => new(Payments, Actions, PaymentStages, Submitted);
    }
}
