namespace Portal.Domain.CaseSystem;

public sealed record PaymentRecord(string CaseNumber, string ReceiptNumber, DateOnly ReceivedOn, decimal Amount, string Source, string Status, DateOnly? DisbursedOn);
