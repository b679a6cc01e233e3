using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Payments;

/// <summary>A debit from a bank account the parent authorized on a signed form: the only card or bank number the portal holds (encrypted), sent only to the processor.</summary>
public sealed record BankDebitRequest(string IdempotencyKey, Money Amount, CaseNumber CaseNumber, string RoutingNumber, string AccountNumber, BankAccountType AccountType)
{
    // A record prints its members: never the account number.
    public override string ToString() => $"BankDebitRequest {{ IdempotencyKey = {IdempotencyKey}, Amount = {Amount}, CaseNumber = {CaseNumber} }}";
}
