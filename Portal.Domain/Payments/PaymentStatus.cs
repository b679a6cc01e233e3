namespace Portal.Domain.Payments;

public enum PaymentStatus
{
    /// <summary>Credited to the case, not yet sent to the receiving parent.</summary>
    Received,
    /// <summary>Sent on to the receiving parent.</summary>
    Disbursed,
    /// <summary>Credited to the case but held (e.g. a tax intercept under review) before disbursement.</summary>
    Held,
    /// <summary>Returned (e.g. insufficient funds): it no longer counts towards support.</summary>
    Reversed,
}
