using Portal.Domain.Cases;

namespace Portal.Domain.Payments;

/// <summary>
/// The rules that turn a case's orders and payments into balance and arrears. Payments go first to the
/// current month's support and then to the oldest unpaid months (the federal distribution order), so
/// arrears are what stays unpaid of the months before the current one.
/// </summary>
public static class CaseLedger
{
    public static AccountSummary Summarize(IEnumerable<SupportOrder> orders, IEnumerable<Payment> payments, DateOnly asOf)
    {
        var orderList = orders.ToList();
        var counted = payments.Where(p => p.Counts && p.ReceivedOn <= asOf).ToList();

        var accrued = orderList.Aggregate(Money.Zero, (sum, o) => sum + o.MonthlyAmount * o.InstallmentsDueThrough(asOf));
        var currentInstallment = orderList.Aggregate(Money.Zero, (sum, o) => sum + o.InstallmentDueInMonthOf(asOf));
        var totalPaid = counted.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        var paidThisMonth = counted
            .Where(p => p.ReceivedOn.Year == asOf.Year && p.ReceivedOn.Month == asOf.Month)
            .Aggregate(Money.Zero, (sum, p) => sum + p.Amount);

        var owed = accrued - totalPaid;
        var balance = Money.Max(Money.Zero, owed);
        // Anything overpaid in earlier months also counts against this month's installment.
        var currentDue = Money.Min(currentInstallment - Money.Min(paidThisMonth, currentInstallment), balance);

        return new AccountSummary(
            asOf,
            MonthlyObligation: orderList.Where(o => o.IsInEffectOn(asOf)).Aggregate(Money.Zero, (sum, o) => sum + o.MonthlyAmount),
            CurrentSupportDue: currentDue,
            Arrears: balance - currentDue,
            Balance: balance,
            Credit: Money.Max(Money.Zero, -owed),
            TotalPaid: totalPaid,
            LastPayment: counted.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id).FirstOrDefault());
    }
}
