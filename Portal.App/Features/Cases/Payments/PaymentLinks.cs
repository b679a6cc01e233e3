namespace Portal.App.Features.Cases.Payments;

/// <summary>The parent's payment addresses, and the processor's webhook.</summary>
public static class PaymentLinks
{
    public const string New = "/payments/new";
    public const string Webhook = "/payments/webhook";

    public static string NewFor(Portal.Domain.Cases.CaseNumber caseNumber) => $"{New}?case={caseNumber.Digits}";

    public static string Payment(Guid id) => $"/payments/{id:D}";

    public static string Cancelled(Guid id) => $"/payments/{id:D}?cancelled=1";
}
