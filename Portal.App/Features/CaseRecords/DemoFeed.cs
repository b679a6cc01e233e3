using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.CaseRecords;

/// <summary>
/// Invents one realistic record at a time, a payment near the case's monthly support or a routine case action,
/// on a random open IV-D case (every few records on a featured case: the demo parent's), and records it through
/// <see cref="CaseRecordWriter"/> like any other record. For demos only (DemoFeed:Enabled).
/// </summary>
public sealed class DemoFeed(IDbContextFactory<PortalDbContext> dbFactory, CaseRecordWriter writer, TimeProvider time, IOptions<DemoFeedOptions> options)
{
    private static readonly (CaseActionType Type, string Description)[] Actions =
    [
        (CaseActionType.PaymentDisbursed, "A payment was sent to the custodial parent."),
        (CaseActionType.NoticeSent, "A notice about the case was mailed to both parents."),
        (CaseActionType.DocumentReceived, "We received a document for the case."),
        (CaseActionType.EmployerVerified, "The employer on file was verified."),
        (CaseActionType.AddressUpdated, "A mailing address on the case was updated."),
        (CaseActionType.ReviewScheduled, "A review of the support order was scheduled."),
    ];

    private readonly Random random = new();
    private long count;

    /// <summary>Records the next invented record; null when there is no open IV-D case to record on.</summary>
    public async Task<RecordOutcome?> RecordNextAsync(CancellationToken ct = default)
    {
        var featured = options.Value.FeaturedCases;
        var n = Interlocked.Increment(ref count);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var target = featured.Count > 0 && n % options.Value.FeaturedEvery == 1 % options.Value.FeaturedEvery
            ? await FeaturedAsync(db, featured[(int)(n / options.Value.FeaturedEvery % featured.Count)], ct)
            : null;
        target ??= await RandomOpenCaseAsync(db, ct);
        if (target is null) return null;

        var now = time.GetUtcNow();
        if (random.Next(10) < 6)
        {
            var monthly = await db.SupportOrders.Where(o => o.CaseId == target.Value.Id).Select(o => o.MonthlyAmount).ToListAsync(ct);
            var baseAmount = monthly.Count > 0 ? monthly.Max().Amount : 300m;
            // Wage withholding usually arrives per paycheck: half the monthly amount, give or take.
            var amount = decimal.Round(baseAmount * (random.Next(35, 101) / 100m), 2);
            var receipt = "D" + now.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + random.Next(10_000, 100_000).ToString(CultureInfo.InvariantCulture);
            var source = random.Next(10) < 7 ? PaymentSource.WageWithholding : PaymentSource.DirectPayment;
            return await writer.RecordPaymentAsync(new NewPayment(target.Value.Number.Digits, receipt, ArizonaTime.Today(time), Math.Max(amount, 1m), source), ct: ct);
        }
        var (type, description) = Actions[random.Next(Actions.Length)];
        return await writer.RecordCaseActionAsync(new NewCaseAction(target.Value.Number.Digits, "DEMO-" + Guid.NewGuid().ToString("N")[..20], ArizonaTime.From(now), type, description), ct: ct);
    }

    private static async Task<(int Id, CaseNumber Number)?> FeaturedAsync(PortalDbContext db, string caseNumber, CancellationToken ct)
    {
        var number = CaseNumber.Parse(caseNumber);
        var id = await db.Cases.Where(c => c.Number == number).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
        return id is { } found ? (found, number) : null;
    }

    private static async Task<(int Id, CaseNumber Number)?> RandomOpenCaseAsync(PortalDbContext db, CancellationToken ct)
    {
        var found = await db.Cases
            .Where(c => c.Program == CaseProgram.IvD && c.Status == CaseStatus.Open)
            .OrderBy(_ => EF.Functions.Random())
            .Select(c => new { c.Id, c.Number })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.Number);
    }
}
