namespace Portal.Domain.CaseSystem;

/// <summary>
/// A payment as the case system exports it. The allocation (<see cref="AppliedOn"/> and its two parts), the
/// disbursement's method and account (last 4) and the processor's reference of a payment made online came later: a
/// file without those columns still loads.
/// </summary>
public sealed record PaymentRecord(
    string CaseNumber,
    string ReceiptNumber,
    DateOnly ReceivedOn,
    decimal Amount,
    string Source,
    string Status,
    DateOnly? DisbursedOn,
    DateOnly? AppliedOn = null,
    decimal? AppliedToCurrent = null,
    decimal? AppliedToArrears = null,
    string? DisbursementMethod = null,
    string? DisbursedToLast4 = null,
    string? ProcessorReference = null);
