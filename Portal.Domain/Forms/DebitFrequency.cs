using Portal.Domain.Payments;

namespace Portal.Domain.Forms;

/// <summary>How often an authorised bank debit runs.</summary>
public enum DebitFrequency
{
    Monthly,
    TwiceMonthly,
    EveryTwoWeeks,
    Weekly,
}

/// <summary>
/// The debit that matches a monthly order: the year's support spread over the year's debits, rounded to the cent
/// (a $450 order is $450 monthly, $225 twice a month, $207.69 every two weeks, $103.85 weekly).
/// </summary>
public static class DebitSchedule
{
    public static int PerYear(DebitFrequency frequency) => frequency switch
    {
        DebitFrequency.Monthly => 12,
        DebitFrequency.TwiceMonthly => 24,
        DebitFrequency.EveryTwoWeeks => 26,
        DebitFrequency.Weekly => 52,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    public static Money AmountFor(Money monthlyOrder, DebitFrequency frequency) =>
        Money.Dollars(monthlyOrder.Amount * 12m / PerYear(frequency));
}
