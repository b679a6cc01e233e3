using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Payments;
using Portal.Domain;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// Debits the bank accounts of active payment authorizations on their dates (<see cref="RecurringDebitRules"/>) through the
/// processor's server-to-server call. Each debit is one <see cref="OnlinePayment"/> per authorization and scheduled date
/// (a unique index), claimed before the processor is called, so two runs or two servers never debit a date twice. Each
/// try has its own idempotency key (the payment's key, then "-r1", "-r2" for the retries): a try interrupted before its
/// answer was saved stays started and is sent again with the same key on the next run, and the processor answers it once.
/// A failed debit is retried per the rules and the parent is told each time; a declined one is not retried.
/// </summary>
public sealed partial class RecurringPayments(
    IDbContextFactory<PortalDbContext> dbFactory,
    FormProtector protector,
    OnlinePaymentNotices notices,
    ICaseUpdateNotifier notifier,
    TimeProvider time,
    ILogger<RecurringPayments> logger,
    IPaymentProcessor? processor = null)
{
    /// <summary>How far back a run looks for scheduled dates it has not debited (the server was down over a weekend).</summary>
    public const int CatchUpDays = 7;

    /// <summary>Runs every debit due today or earlier that is not done yet; returns how many tries were sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        if (processor is null) return 0;
        var today = ArizonaTime.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var authorizations = await db.SignedForms.AsNoTracking()
            .Where(f => f.Kind == FormKind.PaymentAuthorization && f.Status == FormStatus.Completed && f.RevokedAt == null && f.ProtectedAccountNumber != null)
            .ToListAsync(ct);
        var tries = 0;
        foreach (var authorization in authorizations)
        {
            var answers = protector.Answers(authorization.ProtectedAnswers);
            if (answers is not { Frequency: { } frequency, FirstDebitOn: { } first, DebitAmount: { } debit }) continue;
            var amount = Money.Dollars(debit + (answers.ExtraPerDebit ?? 0m));
            var from = today.AddDays(-CatchUpDays) > first ? today.AddDays(-CatchUpDays) : first;
            var due = RecurringDebitRules.ScheduledBetween(frequency, first, from, today).Where(d => RecurringDebitRules.RunsOn(d) <= today).ToList();
            var known = await db.OnlinePayments.AsNoTracking().Where(p => p.AuthorizationId == authorization.Id && due.Contains(p.ScheduledOn!.Value))
                .Select(p => p.ScheduledOn!.Value).ToListAsync(ct);
            foreach (var date in due.Except(known))
            {
                var payment = OnlinePayment.Scheduled(Guid.NewGuid(), OnlinePaymentReceipt.From(RandomNumberGenerator.GetBytes(8)), authorization.CaseNumber,
                    authorization.UserId, authorization.PersonId, amount, authorization.Id, date, time.GetUtcNow());
                payment.Attempted();
                if (await ClaimAsync(payment, ct)) tries += await TryAsync(payment.Id, authorization, answers, ct);
            }
        }

        // Retries due, and tries a stopped run left without an answer; only while the authorization is still active.
        var active = authorizations.ToDictionary(a => a.Id);
        var pending = await db.OnlinePayments.AsNoTracking()
            .Where(p => p.AuthorizationId != null && (p.Status == OnlinePaymentStatus.Started || (p.Status == OnlinePaymentStatus.Failed && p.RetryOn != null && p.RetryOn <= today)))
            .Select(p => new { p.Id, p.AuthorizationId })
            .ToListAsync(ct);
        foreach (var row in pending)
        {
            if (!active.TryGetValue(row.AuthorizationId!.Value, out var authorization)) continue;
            tries += await TryAsync(row.Id, authorization, protector.Answers(authorization.ProtectedAnswers), ct);
        }
        return tries;
    }

    /// <summary>Saves a new debit before the processor hears of it; false when another run saved that date first.</summary>
    private async Task<bool> ClaimAsync(OnlinePayment payment, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.OnlinePayments.Add(payment);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return false;
        }
    }

    /// <summary>One try of a debit: a failed one due for retry is claimed (counted and started) first, then sent, and the answer recorded.</summary>
    private async Task<int> TryAsync(Guid id, SignedForm authorization, FormAnswers answers, CancellationToken ct)
    {
        var today = ArizonaTime.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var payment = await db.InWriterTransactionAsync<OnlinePayment?>(async () =>
        {
            var payment = await db.OnlinePayments.SingleAsync(p => p.Id == id, ct);
            if (payment.Status == OnlinePaymentStatus.Failed)
            {
                if (payment.RetryOn is not { } retryOn || retryOn > today) return null; // another run took it
                payment.Attempted();
                payment.Retrying();
                await db.SaveChangesAsync(ct);
            }
            else if (payment.Status != OnlinePaymentStatus.Started)
            {
                return null;
            }
            return payment;
        }, ct);
        if (payment is null) return 0;

        var key = payment.Attempts <= 1 ? payment.IdempotencyKey : $"{payment.IdempotencyKey}-r{payment.Attempts - 1}";
        var result = await processor!.DebitAsync(new BankDebitRequest(key, payment.Amount, payment.CaseNumber, answers.RoutingNumber ?? string.Empty,
            protector.Account(authorization.ProtectedAccountNumber!), answers.AccountType ?? BankAccountType.Checking), ct);
        var now = time.GetUtcNow();
        var type = (answers.AccountType ?? BankAccountType.Checking).ToString();
        switch (result)
        {
            case BankDebitResult.Submitted submitted:
                payment.Submitted(submitted.Reference, type, submitted.Last4, now);
                break;
            case BankDebitResult.Declined declined:
                payment.Declined(declined.Reason, type, authorization.AccountLast4, now);
                await notices.QueueDebitFailedAsync(db, payment, ct);
                break;
            case BankDebitResult.Failed failed:
                payment.Failed(failed.Reason, type, authorization.AccountLast4, now, RecurringDebitRules.RetryOn(today, payment.Attempts));
                await notices.QueueDebitFailedAsync(db, payment, ct);
                break;
        }
        await db.SaveChangesAsync(ct);
        LogTried(logger, payment.Attempts, payment.Status);
        if (payment.Status == OnlinePaymentStatus.Submitted)
        {
            await notifier.PublishAsync(CaseUpdate.OnlinePaymentSubmitted(payment.CaseNumber, OnlinePayments.Submitted(payment), now), ct);
        }
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recurring debit try {Attempt}: {Status}")]
    private static partial void LogTried(ILogger logger, int attempt, OnlinePaymentStatus status);
}
