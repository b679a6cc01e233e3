namespace Portal.App.Infrastructure.Payments;

/// <summary>What the processor answered to a bank debit.</summary>
public abstract record BankDebitResult
{
    private BankDebitResult()
    {
    }

    /// <summary>Sent to the bank; <paramref name="Reference"/> is the processor's reference the case system posts it under.</summary>
    public sealed record Submitted(string Reference, string Last4) : BankDebitResult;

    /// <summary>The bank refused it for good (account closed, debit not authorized): not tried again.</summary>
    public sealed record Declined(string Reason) : BankDebitResult;

    /// <summary>It did not go through this time (insufficient funds, a temporary error): tried again per the rules.</summary>
    public sealed record Failed(string Reason) : BankDebitResult;
}
