using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// A payment to record on a case, or a later stage of one already recorded; <see cref="ReceiptNumber"/> is the state's
/// unique receipt number (its external id). The allocation, the disbursement's method and account, and the processor's
/// reference are optional: older exports carry none of them.
/// </summary>
public sealed record NewPayment(
    string CaseNumber,
    string ReceiptNumber,
    DateOnly ReceivedOn,
    decimal Amount,
    PaymentSource Source,
    PaymentStatus Status = PaymentStatus.Received,
    DateOnly? DisbursedOn = null)
{
    public DateOnly? AppliedOn { get; init; }
    public decimal? AppliedToCurrent { get; init; }
    public decimal? AppliedToArrears { get; init; }
    public DisbursementMethod? DisbursementMethod { get; init; }
    public string? DisbursedToLast4 { get; init; }
    public string? ProcessorReference { get; init; }
}
