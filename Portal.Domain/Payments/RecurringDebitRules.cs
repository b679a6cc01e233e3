using Portal.Domain.Calendar;
using Portal.Domain.Forms;

namespace Portal.Domain.Payments;

/// <summary>
/// When an active payment authorization debits the parent's bank account, and what happens when a debit fails.
/// <list type="bullet">
/// <item>Scheduled dates follow the authorization's frequency from its first debit: monthly on the first debit's day of
/// the month (the month's last day when it is shorter: a 31st runs on 30 April and 28 February); twice a month on that day
/// and 15 days away from it in the same month (the 3rd and the 18th; the 20th and the 5th), each kept within the month;
/// every two weeks and weekly, every 14 and 7 days from the first debit.</item>
/// <item>A scheduled date is the debit's identity (one debit per authorization and date, whatever happens). A date that is
/// not an Arizona business day runs on the next business day: banks do not settle ACH on weekends and holidays.</item>
/// <item>A debit the bank <em>failed</em> (insufficient funds, a temporary error) is tried again at most
/// <see cref="MaxRetries"/> times (NACHA allows two re-presentments), <see cref="RetryAfterBusinessDays"/> business days
/// after each failure. A debit the bank <em>declined</em> (account closed, debit not authorized) is never retried:
/// trying again cannot succeed, and the parent must change the authorization.</item>
/// </list>
/// </summary>
public static class RecurringDebitRules
{
    public const int MaxRetries = 2;
    public const int RetryAfterBusinessDays = 3;

    /// <summary>The scheduled dates from <paramref name="firstDebit"/> that fall between <paramref name="from"/> and <paramref name="to"/>, inclusive, in order.</summary>
    public static IReadOnlyList<DateOnly> ScheduledBetween(DebitFrequency frequency, DateOnly firstDebit, DateOnly from, DateOnly to)
    {
        var dates = new List<DateOnly>();
        if (to < firstDebit || to < from) return dates;
        switch (frequency)
        {
            case DebitFrequency.Weekly:
            case DebitFrequency.EveryTwoWeeks:
                var step = frequency == DebitFrequency.Weekly ? 7 : 14;
                var skip = from > firstDebit ? (from.DayNumber - firstDebit.DayNumber + step - 1) / step : 0;
                for (var day = firstDebit.AddDays(skip * step); day <= to; day = day.AddDays(step)) dates.Add(day);
                break;
            case DebitFrequency.Monthly:
            case DebitFrequency.TwiceMonthly:
                var days = frequency == DebitFrequency.Monthly ? new[] { firstDebit.Day } : new[] { firstDebit.Day, firstDebit.Day <= 15 ? firstDebit.Day + 15 : firstDebit.Day - 15 };
                var start = from > firstDebit ? from : firstDebit;
                for (var month = new DateOnly(start.Year, start.Month, 1); month <= to; month = month.AddMonths(1))
                {
                    var last = DateTime.DaysInMonth(month.Year, month.Month);
                    foreach (var day in days.Order().Select(d => new DateOnly(month.Year, month.Month, Math.Min(d, last))).Distinct())
                    {
                        if (day >= start && day <= to) dates.Add(day);
                    }
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(frequency));
        }
        return dates;
    }

    /// <summary>The day a debit scheduled on <paramref name="scheduledOn"/> is sent: that day, or the next business day.</summary>
    public static DateOnly RunsOn(DateOnly scheduledOn) => BusinessDays.IsBusinessDay(scheduledOn) ? scheduledOn : BusinessDays.After(scheduledOn, 1);

    /// <summary>When to try a failed debit again after <paramref name="attempts"/> tries, the last on <paramref name="failedOn"/>; null when it is not tried again.</summary>
    public static DateOnly? RetryOn(DateOnly failedOn, int attempts) =>
        attempts <= MaxRetries ? BusinessDays.After(failedOn, RetryAfterBusinessDays) : null;
}
