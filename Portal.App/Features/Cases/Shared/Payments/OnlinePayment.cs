using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared.Payments;

/// <summary>
/// A payment a parent made in the portal, through the processor: a one-off payment from /payments/new, or a recurring
/// debit from their active payment authorization (<see cref="AuthorizationId"/> and <see cref="ScheduledOn"/>, one per
/// authorization and date). It keeps the processor's reference and the last four digits of the card or account, never the
/// number. It does not count in the ledger: the case system's import brings the posted payment.
/// </summary>
public sealed class OnlinePayment
{
    public const int KeyMaxLength = 64;
    public const int ReferenceMaxLength = 64;

    private OnlinePayment()
    {
        ReceiptNumber = string.Empty;
        UserId = string.Empty;
        PersonId = string.Empty;
        IdempotencyKey = string.Empty;
    }

    public OnlinePayment(Guid id, string receiptNumber, CaseNumber caseNumber, string userId, string personId, Money amount, Money fee, PaymentMethod method,
        string idempotencyKey, DateTimeOffset createdAt)
    {
        Id = id;
        ReceiptNumber = receiptNumber;
        CaseNumber = caseNumber;
        UserId = userId;
        PersonId = personId;
        Amount = amount;
        Fee = fee;
        Method = method;
        IdempotencyKey = idempotencyKey;
        CreatedAt = createdAt;
        Status = OnlinePaymentStatus.Started;
    }

    public Guid Id { get; private set; }
    public string ReceiptNumber { get; private set; }
    public CaseNumber CaseNumber { get; private set; }

    /// <summary>The account that paid, and its person on the case.</summary>
    public string UserId { get; private set; }
    public string PersonId { get; private set; }

    public Money Amount { get; private set; }
    public Money Fee { get; private set; }
    public PaymentMethod Method { get; private set; }

    /// <summary>Sent with every call to the processor for this payment: a repeated call never pays twice.</summary>
    public string IdempotencyKey { get; private set; }

    public string? ProcessorSessionId { get; private set; }

    /// <summary>The processor's reference once it took the payment: what the case system posts it under.</summary>
    public string? ProcessorReference { get; private set; }

    public OnlinePaymentStatus Status { get; private set; }

    /// <summary>The card's brand or the account's type, and the last four digits: all the portal ever knows of them.</summary>
    public string? Brand { get; private set; }
    public string? Last4 { get; private set; }

    /// <summary>The processor's code for a decline or failure ("card_declined", "insufficient_funds").</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    // A recurring debit: the authorization (a SignedForm) and the date it was scheduled for.
    public Guid? AuthorizationId { get; private set; }
    public DateOnly? ScheduledOn { get; private set; }

    /// <summary>Tries so far (a recurring debit), and when the next one is due after a failure; null when none is.</summary>
    public int Attempts { get; private set; }
    public DateOnly? RetryOn { get; private set; }

    public bool IsFinal => Status != OnlinePaymentStatus.Started;

    public static OnlinePayment Scheduled(Guid id, string receiptNumber, CaseNumber caseNumber, string userId, string personId, Money amount, Guid authorizationId,
        DateOnly scheduledOn, DateTimeOffset createdAt) =>
        new(id, receiptNumber, caseNumber, userId, personId, amount, Money.Zero, PaymentMethod.BankAccount, $"debit-{authorizationId:N}-{scheduledOn:yyyyMMdd}", createdAt)
        {
            AuthorizationId = authorizationId,
            ScheduledOn = scheduledOn,
        };

    public void Opened(string sessionId) => ProcessorSessionId = sessionId;

    public void Submitted(string reference, string? brand, string? last4, DateTimeOffset at)
    {
        Status = OnlinePaymentStatus.Submitted;
        ProcessorReference = reference;
        (Brand, Last4, Reason, RetryOn, CompletedAt) = (brand, last4, null, null, at);
    }

    public void Declined(string? reason, string? brand, string? last4, DateTimeOffset at)
    {
        Status = OnlinePaymentStatus.Declined;
        (Brand, Last4, Reason, RetryOn, CompletedAt) = (brand, last4, reason, null, at);
    }

    public void Failed(string? reason, string? brand, string? last4, DateTimeOffset at, DateOnly? retryOn = null)
    {
        Status = OnlinePaymentStatus.Failed;
        (Brand, Last4, Reason, RetryOn, CompletedAt) = (brand, last4, reason, retryOn, at);
    }

    /// <summary>
    /// The case system posted it (a payment with the same <see cref="ProcessorReference"/>, under the state's receipt
    /// number): the dashboard lists it with the payments from now on.
    /// </summary>
    public void Posted()
    {
        if (Status != OnlinePaymentStatus.Submitted) throw new InvalidOperationException("Only a payment the processor took can be posted.");
        Status = OnlinePaymentStatus.Posted;
    }

    /// <summary>A recurring debit's try: counted before it is sent, so a try that was interrupted is sent again under its own key.</summary>
    public void Attempted() => Attempts++;

    /// <summary>A failed recurring debit's retry is under way: started again until the processor answers.</summary>
    public void Retrying()
    {
        Status = OnlinePaymentStatus.Started;
        RetryOn = null;
    }
}
