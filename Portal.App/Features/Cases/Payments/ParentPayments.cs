using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Payments;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// A paying parent's one-off payment: the form's offer, starting the processor's session, and the confirmation. Every
/// call reads who the parent is from their session and checks in the database that they are the paying parent on the
/// case; a payment of anyone else's is "not found", the same as one that does not exist.
/// </summary>
public sealed partial class ParentPayments(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<PaymentsOptions> options,
    TimeProvider time,
    ILogger<ParentPayments> logger,
    IPaymentProcessor? processor = null)
{
    public const string CaseField = "payment-case";
    public const string ChoiceField = "payment-choice";
    public const string AmountField = "payment-other-amount";
    public const string MethodField = "payment-method-card";
    public const string ConsentField = "payment-fee-consent";

    /// <summary>The form for the chosen case (or the parent's only one); null for anyone who pays on no case.</summary>
    public async Task<PaymentForm?> FormAsync(ClaimsPrincipal user, string? caseText, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not var (_, personId)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = await PayingCasesAsync(db, personId, ct);
        if (cases.Count == 0) return null;
        CaseNumber? chosen = cases.Count == 1 ? cases[0].Number
            : CaseNumber.TryParse(caseText, out var asked) && cases.Any(c => c.Number == asked) ? asked : null;
        IReadOnlyList<AmountSuggestion> suggestions = [];
        if (chosen is { } number)
        {
            var caseId = cases.Single(c => c.Number == number).Id;
            var orders = await db.SupportOrders.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync(ct);
            var payments = await db.Payments.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(ct);
            var today = ArizonaTime.Today(time);
            suggestions = AmountSuggestion.For(CaseLedger.Summarize(orders, payments, today), NextPaymentDue.After(orders, today));
        }
        var settings = options.Value;
        return new PaymentForm([.. cases.Select(c => c.Number)], chosen, suggestions, settings.FeeFor(PaymentMethod.Card), settings.FeeFor(PaymentMethod.BankAccount),
            settings.Limit, processor is not null);
    }

    /// <summary>The problems with an entry, at their fields; empty when it may be paid (the fee's consent is checked by <see cref="StartAsync"/>).</summary>
    public static IReadOnlyList<PaymentField> Check(PaymentForm form, PaymentEntry entry)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(entry);
        var problems = new List<PaymentField>();
        if (form.CaseNumber is null) problems.Add(new(CaseField, "CaseMissing"));
        var suggested = SuggestionOf(form, entry);
        if (form.Suggestions.Count > 0 && suggested is null && entry.AmountChoice != PaymentEntry.Other)
        {
            problems.Add(new(ChoiceField, "ChoiceMissing"));
        }
        else
        {
            var amount = suggested?.Amount.Amount ?? PaymentAmountRules.Parse(entry.OtherAmount);
            var field = suggested is null ? AmountField : ChoiceField;
            if (amount is null && !string.IsNullOrWhiteSpace(entry.OtherAmount)) problems.Add(new(field, "AmountNotNumber"));
            else if (PaymentAmountRules.Check(amount, form.Limit) is { } problem) problems.Add(new(field, $"Amount{problem}"));
        }
        if (MethodOf(entry) is null) problems.Add(new(MethodField, "MethodMissing"));
        return problems;
    }

    /// <summary>The amount an entry pays: a suggestion's (the server's figure), or the one typed; null when it has none.</summary>
    public static Money? AmountOf(PaymentForm form, PaymentEntry entry) =>
        SuggestionOf(form, entry)?.Amount ?? (PaymentAmountRules.Parse(entry.OtherAmount) is { } typed ? Money.Dollars(typed) : null);

    private static AmountSuggestion? SuggestionOf(PaymentForm form, PaymentEntry entry) =>
        form.Suggestions.FirstOrDefault(s => s.Kind.ToString() == entry.AmountChoice);

    /// <summary>
    /// Starts paying: the payment is recorded as started under its idempotency key, then the processor's session is
    /// created with that key. The same form posted again finds the same payment: a started one gets the same session back
    /// from the processor, a finished one is shown, and nothing is charged twice.
    /// </summary>
    public async Task<PaymentStartResult> StartAsync(ClaimsPrincipal user, PaymentEntry entry, Uri siteBase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(siteBase);
        if (ParentCaseAccess.ParentOf(user) is not var (userId, personId) || processor is null) return new PaymentStartResult.Unavailable();
        if (await FormAsync(user, entry.CaseNumber, ct) is not { CaseNumber: { } caseNumber } form) return new PaymentStartResult.Unavailable();
        var problems = Check(form, entry).ToList();
        var method = MethodOf(entry);
        if (method == PaymentMethod.Card && !entry.FeeConsent && !form.CardFee.IsFree) problems.Add(new(ConsentField, "ConsentMissing"));
        if (entry.FormKey is not { Length: > 0 and <= 64 }) problems.Add(new(ChoiceField, "FormExpired"));
        if (problems.Count > 0) return new PaymentStartResult.Refused(problems);

        var amount = AmountOf(form, entry)!.Value;
        var fee = form.FeeFor(method!.Value).For(amount);
        var key = IdempotencyKey(userId, entry.FormKey!, caseNumber, amount, method.Value);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var payment = await db.OnlinePayments.SingleOrDefaultAsync(p => p.IdempotencyKey == key, ct);
        if (payment is { IsFinal: true }) return new PaymentStartResult.AlreadyDone(payment.Id);
        if (payment is null)
        {
            payment = new OnlinePayment(Guid.NewGuid(), OnlinePaymentReceipt.From(RandomNumberGenerator.GetBytes(8)), caseNumber, userId, personId, amount, fee, method.Value,
                key, time.GetUtcNow());
            db.OnlinePayments.Add(payment);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
            {
                // The same form's other post (a double click) got there first: carry on with its payment.
                db.ChangeTracker.Clear();
                payment = await db.OnlinePayments.SingleAsync(p => p.IdempotencyKey == key, ct);
                if (payment.IsFinal) return new PaymentStartResult.AlreadyDone(payment.Id);
            }
        }

        var session = await processor.CreateSessionAsync(new PaymentSessionRequest(key, payment.Amount, payment.Fee, caseNumber, payment.Method,
            new Uri(siteBase, PaymentLinks.Payment(payment.Id)), new Uri(siteBase, PaymentLinks.Cancelled(payment.Id)), CultureInfo.CurrentUICulture.Name), ct);
        if (payment.ProcessorSessionId != session.SessionId)
        {
            payment.Opened(session.SessionId);
            await db.SaveChangesAsync(ct);
        }
        LogStarted(logger, processor.Name, payment.Method);
        return new PaymentStartResult.ToProcessor(session.PaymentPage);
    }

    /// <summary>A payment's confirmation, for the parent who made it while they are still a parent on its case; null otherwise.</summary>
    public async Task<PaymentReceipt?> ReceiptAsync(ClaimsPrincipal user, Guid id, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not var (userId, personId)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipt = await db.OnlinePayments.AsNoTracking().Where(p => p.Id == id && p.UserId == userId)
            .Select(p => new PaymentReceipt(p.Id, p.ReceiptNumber, p.CaseNumber, p.Amount, p.Fee, p.Method, p.Status, p.Brand, p.Last4, p.Reason, p.CreatedAt, p.CompletedAt))
            .SingleOrDefaultAsync(ct);
        return receipt is not null && await ParentCaseAccess.IsParentOnCaseAsync(db, personId, receipt.CaseNumber, ct) ? receipt : null;
    }

    public static PaymentMethod? MethodOf(PaymentEntry entry) =>
        Enum.TryParse<PaymentMethod>(entry?.Method, ignoreCase: false, out var method) && Enum.IsDefined(method) ? method : null;

    /// <summary>
    /// The form's key with what it pays, hashed: the same form posted again is the same payment, while a form whose amount,
    /// case or method was changed before paying is a new one (the processor's session for the old key holds the old amount).
    /// </summary>
    private static string IdempotencyKey(string userId, string formKey, CaseNumber caseNumber, Money amount, PaymentMethod method) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}|{formKey}|{caseNumber.Digits}|{amount.Cents}|{method}")));

    /// <summary>The cases on which the person is the paying (non-custodial) parent.</summary>
    private static async Task<List<(int Id, CaseNumber Number)>> PayingCasesAsync(PortalDbContext db, string personId, CancellationToken ct) =>
        [.. (await (from p in db.Participants.AsNoTracking()
                    where p.PersonId == personId && p.Role == ParticipantRole.NonCustodialParent
                    join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
                    select new { c.Id, c.Number }).ToListAsync(ct))
            .Select(c => (c.Id, c.Number)).OrderBy(c => c.Number.Digits, StringComparer.Ordinal)];

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent started a {Method} payment with the {Processor} processor")]
    private static partial void LogStarted(ILogger logger, string processor, PaymentMethod method);
}
