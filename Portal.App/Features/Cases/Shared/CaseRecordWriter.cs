using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The one way payments and case actions are recorded on a case, whoever records them (the import, the demo feed,
/// a caseworker): idempotent by the record's external id, and published to the live dashboards only after the
/// record was committed, so a dashboard never shows what was rolled back.
/// </summary>
public sealed partial class CaseRecordWriter(
    IDbContextFactory<PortalDbContext> dbFactory,
    ICaseUpdateNotifier notifier,
    PaymentNotices paymentNotices,
    TimeProvider time,
    ILogger<CaseRecordWriter> logger)
{
    /// <summary>
    /// Records a new payment, or the later stage of one already recorded under its receipt number (applied, sent on,
    /// held, returned): the case system exports a payment again as it moves on, and each move reaches open dashboards.
    /// </summary>
    /// <param name="alongside">More changes to save in the same transaction as a new payment (e.g. the staff workspace's audit entry).</param>
    /// <remarks>The parents who asked for payment emails get one for a new payment, queued in the same transaction (<see cref="PaymentNotices"/>).</remarks>
    public async Task<RecordResult> RecordPaymentAsync(NewPayment record, Func<PortalDbContext, CancellationToken, Task>? alongside = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Problem(record) is null && await AdvanceAsync(record, ct) is { } advanced) return advanced;
        (int CaseId, CaseNumber Number, Payment Payment)? added = null;
        var result = await RecordAsync(record.CaseNumber, Problem(record), CaseUpdateKind.PaymentRecorded,
            openedOn => DateProblem(record, openedOn, ArizonaTime.Today(time)),
            (db, ct) => db.Payments.AnyAsync(p => p.ReceiptNumber == record.ReceiptNumber, ct),
            (db, caseId, caseNumber) =>
            {
                var payment = new Payment(caseId, record.ReceiptNumber, record.ReceivedOn, Money.Dollars(record.Amount), record.Source);
                Stage(payment, record);
                db.Payments.Add(payment);
                added = (caseId, caseNumber, payment);
                return now => CaseUpdate.PaymentRecorded(caseNumber, payment, now);
            },
            async (db, ct) =>
            {
                await paymentNotices.QueueAsync(db, added!.Value.CaseId, added.Value.Number, added.Value.Payment, ct);
                await PostOnlinePaymentAsync(db, added.Value.Number, added.Value.Payment, ct);
                if (alongside is not null) await alongside(db, ct);
            }, ct);
        // Another writer recorded the receipt between our look and our insert: this record may still be its next stage.
        return result is RecordResult.Duplicate && await AdvanceAsync(record, ct) is { } raced ? raced : result;
    }

    /// <summary>
    /// The record as a later stage of the payment already recorded with its receipt number; null when there is none.
    /// The same payment means the same case, day, amount and source: anything else is another payment reusing a receipt.
    /// </summary>
    private async Task<RecordResult?> AdvanceAsync(NewPayment record, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.ReceiptNumber == record.ReceiptNumber, ct);
        if (payment is null) return null;
        var caseNumber = await db.Cases.Where(c => c.Id == payment.CaseId).Select(c => c.Number).SingleAsync(ct);
        if (caseNumber.Digits != record.CaseNumber || payment.ReceivedOn != record.ReceivedOn || payment.Amount != Money.Dollars(record.Amount) || payment.Source != record.Source)
        {
            return new RecordResult.Rejected("A payment with this receipt number is already recorded with another case, date, amount or source.");
        }
        if (!Stage(payment, record)) return Duplicate(CaseUpdateKind.PaymentUpdated);
        await PostOnlinePaymentAsync(db, caseNumber, payment, ct);
        await db.SaveChangesAsync(ct);
        LogRecorded(logger, CaseUpdateKind.PaymentUpdated);
        await notifier.PublishAsync(CaseUpdate.PaymentUpdated(caseNumber, payment, time.GetUtcNow()), ct);
        return new RecordResult.Updated();
    }

    /// <summary>
    /// A payment made in the portal, posted by the case system under the processor's reference: the portal's record of
    /// it stops being "submitted online, not yet posted" in the same transaction, so the dashboard never shows it twice.
    /// A reference of another case's payment is left alone (the case system's to sort out; it is logged).
    /// </summary>
    private async Task PostOnlinePaymentAsync(PortalDbContext db, CaseNumber caseNumber, Payment payment, CancellationToken ct)
    {
        if (payment.ProcessorReference is not { } reference) return;
        var online = await db.OnlinePayments.SingleOrDefaultAsync(o => o.ProcessorReference == reference && o.Status == OnlinePaymentStatus.Submitted, ct);
        if (online is null) return;
        if (online.CaseNumber != caseNumber)
        {
            LogReferenceOnOtherCase(logger);
            return;
        }
        online.Posted();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A posted payment's processor reference belongs to an online payment on another case; it was not matched")]
    private static partial void LogReferenceOnOtherCase(ILogger logger);

    /// <summary>Gives the payment what the record adds: its allocation, its processor reference, a later status. False when nothing.</summary>
    private static bool Stage(Payment payment, NewPayment record)
    {
        var changed = false;
        if (payment.AppliedOn is null && record.AppliedOn is { } appliedOn)
        {
            payment.Apply(appliedOn, Money.Dollars(record.AppliedToCurrent ?? 0m), Money.Dollars(record.AppliedToArrears ?? 0m));
            changed = true;
        }
        if (payment.ProcessorReference is null && record.ProcessorReference is { } reference)
        {
            payment.MadeOnline(reference);
            changed = true;
        }
        return payment.MoveTo(record.Status, record.DisbursedOn, record.DisbursementMethod, record.DisbursedToLast4) | changed;
    }

    /// <param name="alongside">More changes to save in the same transaction; not called for a duplicate.</param>
    public Task<RecordResult> RecordCaseActionAsync(NewCaseAction record, Func<PortalDbContext, CancellationToken, Task>? alongside = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RecordAsync(record.CaseNumber, Problem(record), CaseUpdateKind.CaseActionRecorded,
            openedOn => DateProblem(record, openedOn, time.GetUtcNow()),
            (db, ct) => db.CaseActions.AnyAsync(a => a.ExternalId == record.ExternalId, ct),
            (db, caseId, caseNumber) =>
            {
                var action = new CaseAction(caseId, record.OccurredAt, record.Type, record.Description.Trim(), record.ExternalId);
                db.CaseActions.Add(action);
                return now => CaseUpdate.CaseActionRecorded(caseNumber, action, now);
            },
            alongside, ct);
    }

    /// <summary>
    /// The one sequence of both: the record's rules, its case and dates, the duplicate check, the insert (and what goes
    /// alongside) in one save, and the update published once that save committed.
    /// </summary>
    /// <param name="add">Adds the record to the context; returns the update to publish once it is saved.</param>
    private async Task<RecordResult> RecordAsync(
        string caseNumberText,
        string? problem,
        CaseUpdateKind kind,
        Func<DateOnly, string?> dateProblem,
        Func<PortalDbContext, CancellationToken, Task<bool>> alreadyRecorded,
        Func<PortalDbContext, int, CaseNumber, Func<DateTimeOffset, CaseUpdate>> add,
        Func<PortalDbContext, CancellationToken, Task>? alongside,
        CancellationToken ct)
    {
        if (problem is not null) return new RecordResult.Rejected(problem);
        var caseNumber = CaseNumber.Parse(caseNumberText);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await FindCaseAsync(db, caseNumber, ct);
        if (found is not { } onFile) return new RecordResult.Rejected("No case has this case number.");
        if (dateProblem(onFile.OpenedOn) is { } wrongDate) return new RecordResult.Rejected(wrongDate);
        if (await alreadyRecorded(db, ct)) return Duplicate(kind);

        var update = add(db, onFile.Id, caseNumber);
        if (alongside is not null) await alongside(db, ct);
        if (!await SaveOnceAsync(db, ct)) return Duplicate(kind);

        LogRecorded(logger, kind);
        await notifier.PublishAsync(update(time.GetUtcNow()), ct);
        return new RecordResult.Recorded();
    }

    /// <summary>The first rule a payment breaks, or null.</summary>
    public static string? Problem(NewPayment record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (CaseNumber.Validate(record.CaseNumber) != CaseNumberProblem.None) return "The case number is not a valid case number.";
        if (string.IsNullOrWhiteSpace(record.ReceiptNumber)) return "The receipt number is missing.";
        if (record.ReceiptNumber.Length > 20) return "The receipt number is longer than 20 characters.";
        if (!CaseRecordIds.IsReceiptNumber(record.ReceiptNumber)) return "The receipt number is not in the format: letters, digits and hyphens, starting with a letter or digit.";
        if (record.Amount < 0m) return "The amount is negative.";
        if (record.Amount <= 0m) return "The amount must be more than zero.";
        if (decimal.Round(record.Amount, 2) != record.Amount) return "The amount has more than two decimal places.";
        if (record.Amount > 1_000_000m) return "The amount is more than $1,000,000.";
        if (!Enum.IsDefined(record.Source)) return "The payment source is not one of the known sources.";
        if (!Enum.IsDefined(record.Status)) return "The payment status is not one of the known statuses.";
        if (record.Status == PaymentStatus.Disbursed && record.DisbursedOn is null) return "A disbursed payment needs its disbursement date.";
        if (record.DisbursedOn < record.ReceivedOn) return "The payment was disbursed before it was received.";
        if (record.DisbursementMethod is { } method && !Enum.IsDefined(method)) return "The disbursement method is not one of the known methods.";
        if (record.DisbursementMethod is not null && record.Status != PaymentStatus.Disbursed) return "A disbursement method needs a disbursed payment.";
        if (record.DisbursedToLast4 is { } last4 && (last4.Length != 4 || !last4.All(char.IsAsciiDigit))) return "DisbursedToLast4 is not the last 4 digits of an account.";
        if (record.DisbursedToLast4 is not null && record.DisbursementMethod is null) return "DisbursedToLast4 needs its disbursement method.";
        if ((record.AppliedToCurrent is not null || record.AppliedToArrears is not null) && record.AppliedOn is null) return "An allocation needs AppliedOn.";
        if (record.AppliedOn < record.ReceivedOn) return "The payment was applied before it was received.";
        if (record.AppliedToCurrent < 0m || record.AppliedToArrears < 0m) return "An allocation is never negative.";
        if ((record.AppliedToCurrent ?? 0m) + (record.AppliedToArrears ?? 0m) > record.Amount) return "The allocation is more than the payment.";
        if (record.Status == PaymentStatus.Reversed && record.AppliedOn is not null) return "A returned payment is not applied.";
        if (record.ProcessorReference is { } processorReference && (processorReference.Length > 40 || !CaseRecordIds.IsExternalId(processorReference)))
        {
            return "The processor reference is not in the format: at most 40 letters, digits, hyphens, underscores and dots.";
        }
        return null;
    }

    /// <summary>The first rule a case action breaks, or null.</summary>
    public static string? Problem(NewCaseAction record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (CaseNumber.Validate(record.CaseNumber) != CaseNumberProblem.None) return "The case number is not a valid case number.";
        if (string.IsNullOrWhiteSpace(record.ExternalId)) return "The external id is missing.";
        if (record.ExternalId.Length > 40) return "The external id is longer than 40 characters.";
        if (!CaseRecordIds.IsExternalId(record.ExternalId)) return "The external id is not in the format: letters, digits, hyphens, underscores and dots, starting with a letter or digit.";
        if (!Enum.IsDefined(record.Type)) return "The action type is not one of the known types.";
        if (string.IsNullOrWhiteSpace(record.Description)) return "The description is missing.";
        if (record.Description.Length > 500) return "The description is longer than 500 characters.";
        return null;
    }

    /// <summary>
    /// Dates the case system cannot mean: before the case opened, or more than a day ahead of today in Arizona (a
    /// day of slack for a file written late in the evening on a machine whose clock is a little ahead).
    /// </summary>
    public static string? DateProblem(NewPayment record, DateOnly caseOpenedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var latest = today.AddDays(1);
        if (record.ReceivedOn < caseOpenedOn) return "ReceivedOn is before the case opened.";
        if (record.ReceivedOn > latest) return "ReceivedOn is more than a day in the future.";
        if (record.DisbursedOn > latest) return "DisbursedOn is more than a day in the future.";
        if (record.AppliedOn > latest) return "AppliedOn is more than a day in the future.";
        return null;
    }

    /// <summary>As for payments: not before the case opened (an Arizona day), not more than a day ahead.</summary>
    public static string? DateProblem(NewCaseAction record, DateOnly caseOpenedOn, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (ArizonaTime.DateOf(record.OccurredAt) < caseOpenedOn) return "OccurredAt is before the case opened.";
        if (record.OccurredAt > now.AddDays(1)) return "OccurredAt is more than a day in the future.";
        return null;
    }

    private static async Task<(int Id, DateOnly OpenedOn)?> FindCaseAsync(PortalDbContext db, CaseNumber caseNumber, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().Where(c => c.Number == caseNumber).Select(c => new { c.Id, c.OpenedOn }).SingleOrDefaultAsync(ct);
        return found is null ? null : (found.Id, found.OpenedOn);
    }

    /// <summary>Saves; false when another writer recorded the same external id between our check and our insert.</summary>
    private static async Task<bool> SaveOnceAsync(PortalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // The receipt number or external id is already there.
            return false;
        }
    }

    private RecordResult.Duplicate Duplicate(CaseUpdateKind kind)
    {
        LogDuplicate(logger, kind);
        return new RecordResult.Duplicate();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Recorded a case record ({Kind}) and published it")]
    private static partial void LogRecorded(ILogger logger, CaseUpdateKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped a case record already recorded ({Kind})")]
    private static partial void LogDuplicate(ILogger logger, CaseUpdateKind kind);
}
