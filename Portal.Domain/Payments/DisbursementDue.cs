using Portal.Domain.Calendar;

namespace Portal.Domain.Payments;

/// <summary>
/// When a collection must reach the receiving parent: the state disburses within 2 business days of receipt
/// (42 USC 654b(c)(1); 45 CFR 302.32(b)), counted in Arizona business days from the day after receipt.
/// </summary>
public static class DisbursementDue
{
    public const int BusinessDaysAllowed = 2;

    /// <summary>The last day a payment received on <paramref name="receivedOn"/> may be disbursed on time.</summary>
    public static DateOnly For(DateOnly receivedOn) => BusinessDays.After(receivedOn, BusinessDaysAllowed);

    /// <summary>
    /// Whether disbursement missed its date: sent after it, or not sent and <paramref name="today"/> (Arizona's date)
    /// is already past it.
    /// </summary>
    public static bool IsLate(DateOnly receivedOn, DateOnly? disbursedOn, DateOnly today) =>
        (disbursedOn ?? today) > For(receivedOn);

    /// <summary>
    /// <see cref="IsLate(DateOnly, DateOnly?, DateOnly)"/> for a payment: a held payment (e.g. a tax intercept under
    /// review) and a reversed one are not late: they are not to be disbursed.
    /// </summary>
    public static bool IsLate(Payment payment, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return payment.Status is PaymentStatus.Received or PaymentStatus.Disbursed && IsLate(payment.ReceivedOn, payment.DisbursedOn, today);
    }
}
