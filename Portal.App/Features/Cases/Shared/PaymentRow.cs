using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>One payment as the history shows it.</summary>
public sealed record PaymentRow(long Id, string ReceiptNumber, DateOnly ReceivedOn, Money Amount, PaymentSource Source, PaymentStatus Status, DateOnly? DisbursedOn)
{
    public bool Counts => Status != PaymentStatus.Reversed;

    public static PaymentRow From(Payment payment) =>
        new(payment.Id, payment.ReceiptNumber, payment.ReceivedOn, payment.Amount, payment.Source, payment.Status, payment.DisbursedOn);
}
