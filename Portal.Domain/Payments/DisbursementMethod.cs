namespace Portal.Domain.Payments;

/// <summary>How Arizona sends support to the receiving parent.</summary>
public enum DisbursementMethod
{
    /// <summary>To the parent's bank account.</summary>
    DirectDeposit,
    /// <summary>To the prepaid debit card the state issues for support.</summary>
    DebitCard,
    /// <summary>A paper check by mail.</summary>
    Check,
}
