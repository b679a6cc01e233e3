using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

using Portal.App.Features.Cases.Shared;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// Invents one believable record at a time and records it through <see cref="CaseRecordWriter"/> like any other
/// record. For demos only (DemoFeed:Enabled). A case is paid only what its order calls for (<see cref="PaymentCadence"/>),
/// and gets routine actions only at <see cref="CaseActionCadence"/>'s pace; both decide from what the database already
/// holds, so hours of running or a restart never add up to more. Every DemoFeed:FeaturedEvery-th round tries a featured
/// case (the demo parent's) first; when it has nothing due, the round goes to other open IV-D cases.
/// </summary>
public sealed class DemoFeed(IDbContextFactory<PortalDbContext> dbFactory, CaseRecordWriter writer, TimeProvider time, IOptions<DemoFeedOptions> options)
{
    // Late in a day most cases have had their share: a round looks at a few before it records nothing.
    private const int CasesPerRound = 8;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Dictionary<CaseActionType, string> Routine = new()
    {
        [CaseActionType.NoticeSent] = "A letter explaining the next steps on the case was mailed to both parents.",
        [CaseActionType.DocumentReceived] = "We received recent pay stubs.",
        [CaseActionType.EmployerVerified] = "The employer confirmed it is withholding support from the paying parent's pay.",
        [CaseActionType.AddressUpdated] = "The mailing address of the parent who receives support was updated.",
        [CaseActionType.ReviewScheduled] = "A review of the support order was scheduled.",
    };

    private readonly Random random = new();
    private long count;

    /// <summary>Records the next invented record; null when none of the cases looked at has anything due.</summary>
    public async Task<RecordResult?> RecordNextAsync(CancellationToken ct = default)
    {
        var featured = options.Value.FeaturedCases;
        var n = Interlocked.Increment(ref count) - 1;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await OpenCasesAsync(db, ct);
        if (featured.Count > 0 && n % options.Value.FeaturedEvery == 0)
        {
            var number = CaseNumber.Parse(featured[(int)(n / options.Value.FeaturedEvery % featured.Count)]);
            var id = await db.Cases.Where(c => c.Number == number).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
            if (id is { } found) candidates.Insert(0, (found, number));
        }
        foreach (var (id, number) in candidates)
        {
            if (await RecordOnAsync(db, id, number, ct) is { } outcome) return outcome;
        }
        return null;
    }

    /// <summary>The payment due on the case, else one of its routine actions; null when nothing is due.</summary>
    private async Task<RecordResult?> RecordOnAsync(PortalDbContext db, int caseId, CaseNumber number, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = ArizonaTime.Today(time);
        var orders = await db.SupportOrders.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
        var since = now - CaseActionCadence.RepeatWindow;
        var history = await db.CaseActions.AsNoTracking().Where(a => a.CaseId == caseId && a.OccurredAt > since).ToListAsync(ct);

        var summary = CaseLedger.Summarize(orders, payments, today);
        var last = payments.Where(p => p.Counts).OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).LastOrDefault();
        // Whoever paid by check keeps paying by check; everyone else has support withheld from their pay.
        var source = last?.Source == PaymentSource.DirectPayment ? PaymentSource.DirectPayment : PaymentSource.WageWithholding;
        if (PaymentCadence.NextPayment(summary.MonthlyObligation, summary.Arrears, payments, today) is { } amount)
        {
            return await PayAsync(caseId, number, amount, source, now, ct);
        }

        var kinds = Routine.Keys.Where(k => k != CaseActionType.EmployerVerified || source == PaymentSource.WageWithholding).Append(CaseActionType.PaymentDisbursed);
        var allowed = CaseActionCadence.Allowed(kinds, history, now);
        if (allowed.Count == 0) return null;
        // Money received is sent on before anything else happens, so the day reads "received", then "sent".
        var type = allowed.Contains(CaseActionType.PaymentDisbursed) ? CaseActionType.PaymentDisbursed : allowed[random.Next(allowed.Count)];
        var description = type != CaseActionType.PaymentDisbursed ? Routine[type]
            : LastReceived(history, payments) is { } sent ? $"A payment of {sent.ToString(English)} was sent to the parent who receives support."
            : "A payment was sent to the parent who receives support.";
        if (type == CaseActionType.PaymentDisbursed) await SendOnAsync(number, payments, today, ct);
        return await writer.RecordCaseActionAsync(new NewCaseAction(number.Digits, NewExternalId(), ArizonaTime.From(now), type, description), ct: ct);
    }

    /// <summary>Records the payment with its "payment received" action, in one transaction and one update to the dashboards.</summary>
    private Task<RecordResult> PayAsync(int caseId, CaseNumber number, Money amount, PaymentSource source, DateTimeOffset now, CancellationToken ct)
    {
        var receipt = "D" + now.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + random.Next(10_000, 100_000).ToString(CultureInfo.InvariantCulture);
        var from = source == PaymentSource.WageWithholding ? "the employer" : "the paying parent";
        var received = new CaseAction(caseId, ArizonaTime.From(now), CaseActionType.PaymentReceived,
            $"We received a payment of {amount.ToString(English)} from {from}.", NewExternalId());
        return writer.RecordPaymentAsync(new NewPayment(number.Digits, receipt, ArizonaTime.Today(time), amount.Amount, source),
            (db, _) =>
            {
                db.CaseActions.Add(received);
                return Task.CompletedTask;
            }, ct);
    }

    /// <summary>
    /// Sends on the payments received and not yet sent, as the case system's next export would say: the same receipt
    /// moving to "disbursed" today, the way the receiving parent was paid before (or direct deposit).
    /// </summary>
    private async Task SendOnAsync(CaseNumber number, List<Payment> payments, DateOnly today, CancellationToken ct)
    {
        var before = payments.Where(p => p.Status == PaymentStatus.Disbursed).MaxBy(p => p.DisbursedOn);
        foreach (var waiting in payments.Where(p => p.Status == PaymentStatus.Received))
        {
            var method = before?.DisbursementMethod ?? DisbursementMethod.DirectDeposit;
            await writer.RecordPaymentAsync(new NewPayment(number.Digits, waiting.ReceiptNumber, waiting.ReceivedOn, waiting.Amount.Amount, waiting.Source, PaymentStatus.Disbursed, today)
            {
                DisbursementMethod = method,
                DisbursedToLast4 = before?.DisbursementMethod is null ? null : before.DisbursedToLast4,
            }, ct: ct);
        }
    }

    /// <summary>The amount of the payment a "payment received" action announced last: the one being sent on.</summary>
    private static Money? LastReceived(List<CaseAction> history, List<Payment> payments)
    {
        var announced = history.Where(a => a.Type == CaseActionType.PaymentReceived).MaxBy(a => a.OccurredAt);
        var day = announced is null ? DateOnly.MaxValue : ArizonaTime.DateOf(announced.OccurredAt);
        return payments.Where(p => p.Counts && p.ReceivedOn <= day).OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).LastOrDefault()?.Amount;
    }

    private static string NewExternalId() => "DEMO-" + Guid.NewGuid().ToString("N")[..20];

    private static async Task<List<(int Id, CaseNumber Number)>> OpenCasesAsync(PortalDbContext db, CancellationToken ct)
    {
        var found = await db.Cases
            .Where(c => c.Program == CaseProgram.IvD && c.Status == CaseStatus.Open)
            .OrderBy(_ => EF.Functions.Random())
            .Select(c => new { c.Id, c.Number })
            .Take(CasesPerRound)
            .ToListAsync(ct);
        return found.Select(c => (c.Id, c.Number)).ToList();
    }
}
