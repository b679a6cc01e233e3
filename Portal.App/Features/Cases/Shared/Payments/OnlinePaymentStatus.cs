namespace Portal.App.Features.Cases.Shared.Payments;

/// <summary>
/// Where a payment made in the portal stands. Started: the session exists, the parent has not paid (or the processor has
/// not told us). Submitted: the processor took it; until the case system posts it, the dashboard shows it as "submitted
/// online, not yet posted" and it does not change the arrears. Declined and Failed are final for a one-off payment; a
/// failed recurring debit is tried again (RecurringDebitRules).
/// </summary>
public enum OnlinePaymentStatus
{
    Started,
    Submitted,
    Declined,
    Failed,
    /// <summary>The case system posted it (a Payment with its processor reference): from then on it is a payment like any other.</summary>
    Posted,
}
