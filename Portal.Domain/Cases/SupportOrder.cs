using Portal.Domain.Payments;

namespace Portal.Domain.Cases;

/// <summary>
/// A court order for monthly support. Support falls due on the first of each month, starting with the first
/// of the month on or after <see cref="StartDate"/>, and stops after <see cref="EndDate"/> (a modification
/// ends one order and starts another).
/// </summary>
public sealed class SupportOrder
{
    private SupportOrder() { }

    public SupportOrder(Money monthlyAmount, DateOnly startDate, DateOnly? endDate = null)
    {
        if (monthlyAmount <= Money.Zero) throw new ArgumentOutOfRangeException(nameof(monthlyAmount), "A support order is for a positive amount.");
        if (endDate < startDate) throw new ArgumentOutOfRangeException(nameof(endDate), "An order cannot end before it starts.");
        MonthlyAmount = monthlyAmount;
        StartDate = startDate;
        EndDate = endDate;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }
    public Money MonthlyAmount { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }

    public DateOnly FirstDueDate => StartDate.Day == 1 ? StartDate : FirstOfMonth(StartDate).AddMonths(1);

    public bool IsInEffectOn(DateOnly date) => StartDate <= date && (EndDate is null || date <= EndDate);

    /// <summary>The installments that have fallen due on or before <paramref name="asOf"/>.</summary>
    public int InstallmentsDueThrough(DateOnly asOf)
    {
        var last = EndDate is { } end && end < asOf ? end : asOf;
        if (last < FirstDueDate) return 0;
        return (last.Year - FirstDueDate.Year) * 12 + last.Month - FirstDueDate.Month + 1;
    }

    /// <summary>The installment that falls due on the first of <paramref name="date"/>'s month, if any.</summary>
    public Money InstallmentDueInMonthOf(DateOnly date)
    {
        var first = FirstOfMonth(date);
        return first >= FirstDueDate && (EndDate is null || first <= EndDate) ? MonthlyAmount : Money.Zero;
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
