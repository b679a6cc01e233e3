using Portal.Domain.Cases;

namespace Portal.Domain.Payments;

/// <summary>
/// The next installment the support orders set: support falls due on the first of each month, so the next one is
/// the first of next month (an installment due today is already in the amount due).
/// </summary>
public sealed record NextPaymentDue(DateOnly DueOn, Money Amount)
{
    /// <summary>The installment after <paramref name="today"/>, summed over the case's orders; null when none falls due then.</summary>
    public static NextPaymentDue? After(IEnumerable<SupportOrder> orders, DateOnly today)
    {
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var amount = orders.Aggregate(Money.Zero, (sum, o) => sum + o.InstallmentDueInMonthOf(next));
        return amount > Money.Zero ? new NextPaymentDue(next, amount) : null;
    }
}
