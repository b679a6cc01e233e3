using Portal.App.Features.Cases.Shared.Payments;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Payments;

/// <summary>One payment as its confirmation page shows it to the parent who made it.</summary>
public sealed record PaymentReceipt(Guid Id, string ReceiptNumber, CaseNumber CaseNumber, Money Amount, Money Fee, PaymentMethod Method,
    OnlinePaymentStatus Status, string? Brand, string? Last4, string? Reason, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public Money Total => Amount + Fee;
}
