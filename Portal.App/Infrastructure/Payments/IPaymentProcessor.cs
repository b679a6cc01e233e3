namespace Portal.App.Infrastructure.Payments;

/// <summary>
/// A payment processor, in the pattern of real processors' hosted payment pages (docs/payments.md): the portal creates
/// a session with an idempotency key and sends the browser to the processor's page; the processor takes the card or bank
/// details there (they never reach the portal) and reports the result with a signed webhook (<see cref="PaymentWebhookEvent"/>,
/// <see cref="WebhookSignature"/>). A recurring debit from an authorization the parent signed is a server-to-server call.
/// A real processor's adapter is a new implementation of this interface and nothing else.
/// </summary>
public interface IPaymentProcessor
{
    /// <summary>The name shown in logs and stored with nothing: "sandbox", "acme-pay".</summary>
    string Name { get; }

    /// <summary>The key the processor signs its webhooks with (HMAC-SHA256), shared with the portal out of band.</summary>
    byte[] WebhookSigningKey { get; }

    /// <summary>
    /// A hosted payment session. Idempotent by <see cref="PaymentSessionRequest.IdempotencyKey"/>: the same key gives the
    /// same session (and never a second charge), whatever the other fields say.
    /// </summary>
    Task<ProcessorSession> CreateSessionAsync(PaymentSessionRequest request, CancellationToken ct);

    /// <summary>Debits a bank account the parent authorized, idempotent by <see cref="BankDebitRequest.IdempotencyKey"/>.</summary>
    Task<BankDebitResult> DebitAsync(BankDebitRequest request, CancellationToken ct);
}
