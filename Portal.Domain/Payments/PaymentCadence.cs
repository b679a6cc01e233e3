namespace Portal.Domain.Payments;

/// <summary>
/// What a paying parent's support order calls for in a month, paid the way employers withhold it: the monthly
/// amount plus a modest part of any arrears (at most a fifth of the monthly amount), in two paychecks, the first
/// on or after the 1st and the second on or after the 16th, never two on one day. Decided only from what the case
/// already received this month, so asking again (a restarted demo feed, a second round the same day) never pays
/// beyond it.
/// </summary>
public static class PaymentCadence
{
    /// <summary>The days of the month on or after which each paycheck may arrive (semi-monthly pay).</summary>
    public static readonly IReadOnlyList<int> Paydays = [1, 16];

    /// <summary>The most a month's payments come to: the monthly amount plus up to a fifth of it towards arrears.</summary>
    public static Money MonthlyAllowance(Money monthlyObligation, Money arrears)
    {
        if (monthlyObligation <= Money.Zero) return Money.Zero;
        var towardsArrears = Money.Min(Money.Max(arrears, Money.Zero), Money.FromCents(monthlyObligation.Cents / 5));
        return monthlyObligation + towardsArrears;
    }

    /// <summary>
    /// The payment due on <paramref name="today"/>, or null when none is: no order in effect, this month's
    /// paychecks already came (or the next one's day has not), a payment already arrived today, or the month's
    /// payments already reach <see cref="MonthlyAllowance"/>.
    /// </summary>
    /// <param name="payments">The case's payments; only those that count and fall in today's month are considered.</param>
    public static Money? NextPayment(Money monthlyObligation, Money arrears, IEnumerable<Payment> payments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(payments);
        var thisMonth = payments.Where(p => p.Counts && p.ReceivedOn.Year == today.Year && p.ReceivedOn.Month == today.Month).ToList();
        // A payment dated today or later means today's paycheck is in (or the records run ahead of us): wait.
        if (thisMonth.Any(p => p.ReceivedOn >= today)) return null;
        if (thisMonth.Count >= Paydays.Count || today.Day < Paydays[thisMonth.Count]) return null;

        var allowance = MonthlyAllowance(monthlyObligation, arrears);
        var left = allowance - thisMonth.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        if (left <= Money.Zero) return null;
        // The last paycheck of the month takes what is left, so the month adds up to the allowance exactly.
        var share = thisMonth.Count == Paydays.Count - 1 ? left : Money.FromCents(allowance.Cents / Paydays.Count);
        return Money.Min(share, left);
    }
}
