namespace Portal.Domain.Payments;

/// <summary>How a parent pays online: a debit or credit card, or a bank account (ACH).</summary>
public enum PaymentMethod
{
    Card,
    BankAccount,
}
