namespace Portal.App.Infrastructure.Payments;

public enum WebhookSignatureCheck
{
    Valid,
    Missing,
    BadSignature,
    Stale,
}
