using Portal.Domain.Cases;

namespace Portal.Domain.Payments;

/// <summary>
/// The rules that turn a case's orders and payments into balance and arrears. Payments go first to the
/// current month's support and then to the oldest unpaid months (the federal distribution order), so
/// arrears are what stays unpaid of the months before the current one. A payment beyond everything owed is a
/// credit that pays the next installments as they fall due. One walk, month by month, applies this rule for
/// the dashboard's figures and the statement alike.
/// </summary>
public static class CaseLedger
{
    public static AccountSummary Summarize(IEnumerable<SupportOrder> orders, IEnumerable<Payment> payments, DateOnly asOf)
    {
        var orderList = orders.ToList();
        var paymentList = payments.ToList();
        var counted = paymentList.Where(p => p.Counts && p.ReceivedOn <= asOf).ToList();
        var last = Walk(orderList, paymentList, asOf).LastOrDefault();
        var arrears = last?.ClosingArrears ?? Money.Zero;
        var currentDue = last?.SupportUnpaid ?? Money.Zero;

        return new AccountSummary(
            asOf,
            MonthlyObligation: orderList.Where(o => o.IsInEffectOn(asOf)).Aggregate(Money.Zero, (sum, o) => sum + o.MonthlyAmount),
            CurrentSupportDue: currentDue,
            Arrears: arrears,
            Balance: arrears + currentDue,
            Credit: last?.ClosingCredit ?? Money.Zero,
            TotalPaid: counted.Aggregate(Money.Zero, (sum, p) => sum + p.Amount),
            LastPayment: counted.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id).FirstOrDefault());
    }

    /// <summary>
    /// The account month by month, from the first month in which support fell due or a payment arrived (one that
    /// does not count too, so a statement can show it) to the month of <paramref name="asOf"/>; empty when neither
    /// happened by then.
    /// </summary>
    public static IReadOnlyList<LedgerMonth> Months(IEnumerable<SupportOrder> orders, IEnumerable<Payment> payments, DateOnly asOf) =>
        [.. Walk(orders.ToList(), payments.ToList(), asOf)];

    private static IEnumerable<LedgerMonth> Walk(List<SupportOrder> orders, List<Payment> payments, DateOnly asOf)
    {
        var lastMonth = FirstOfMonth(asOf);
        var starts = orders.Where(o => o.InstallmentsDueThrough(asOf) > 0).Select(o => o.FirstDueDate)
            .Concat(payments.Where(p => p.ReceivedOn <= asOf).Select(p => FirstOfMonth(p.ReceivedOn)))
            .ToList();
        if (starts.Count == 0) yield break;

        var counted = payments.Where(p => p.Counts && p.ReceivedOn <= asOf)
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id).ThenBy(p => p.ReceiptNumber, StringComparer.Ordinal)
            .ToList();
        var next = 0;
        var arrears = Money.Zero;
        var credit = Money.Zero;
        var unpaid = Money.Zero;
        for (var month = starts.Min(); month <= lastMonth; month = month.AddMonths(1))
        {
            // Last month's unpaid support became arrears on the first.
            var openingArrears = arrears + unpaid;
            var openingCredit = credit;
            var due = orders.Aggregate(Money.Zero, (sum, o) => sum + o.InstallmentDueInMonthOf(month));
            var creditApplied = Money.Min(credit, due);
            credit -= creditApplied;
            unpaid = due - creditApplied;
            arrears = openingArrears;

            var applied = new List<PaymentApplication>();
            var following = month.AddMonths(1);
            for (; next < counted.Count && counted[next].ReceivedOn < following; next++)
            {
                var payment = counted[next];
                var toCurrent = Money.Min(payment.Amount, unpaid);
                var toArrears = Money.Min(payment.Amount - toCurrent, arrears);
                var toCredit = payment.Amount - toCurrent - toArrears;
                unpaid -= toCurrent;
                arrears -= toArrears;
                credit += toCredit;
                applied.Add(new PaymentApplication(payment, toCurrent, toArrears, toCredit));
            }

            var through = month == lastMonth ? asOf : following.AddDays(-1);
            yield return new LedgerMonth(month, through, openingArrears, openingCredit, due, creditApplied, applied, unpaid, arrears, credit);
        }
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
