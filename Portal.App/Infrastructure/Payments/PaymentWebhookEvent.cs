namespace Portal.App.Infrastructure.Payments;

/// <summary>
/// The body of a processor's webhook (JSON, camelCase), signed with <see cref="WebhookSignature"/>. <see cref="Id"/> is
/// unique per event and is recorded, so the same event is never processed twice. Only a reference, the brand or bank
/// account type and the last four digits describe how the parent paid: never a card or account number.
/// </summary>
public sealed record PaymentWebhookEvent(string Id, string Type, string SessionId, string IdempotencyKey, string? Reference, long AmountCents, long FeeCents,
    string? Brand, string? Last4, string? Reason)
{
    public const string Succeeded = "payment.succeeded";
    public const string Declined = "payment.declined";
    public const string Failed = "payment.failed";
}
