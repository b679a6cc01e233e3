namespace Portal.Domain.Payments;

/// <summary>How one payment was applied: to the month's support, then to arrears, and any rest kept as a credit.</summary>
public sealed record PaymentApplication(Payment Payment, Money ToCurrent, Money ToArrears, Money ToCredit);
