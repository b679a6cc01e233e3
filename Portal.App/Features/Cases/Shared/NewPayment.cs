using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>A payment to record on a case; <see cref="ReceiptNumber"/> is the state's unique receipt number (its external id).</summary>
public sealed record NewPayment(
    string CaseNumber,
    string ReceiptNumber,
    DateOnly ReceivedOn,
    decimal Amount,
    PaymentSource Source,
    PaymentStatus Status = PaymentStatus.Received,
    DateOnly? DisbursedOn = null);
