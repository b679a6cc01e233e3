using Portal.Domain.Calendar;
using Portal.Domain.Payments;

namespace Portal.Domain.Forms;

/// <summary>
/// When an authorised debit may start and how much extra it may carry. The first debit waits a few Arizona business
/// days so the agency can set it up with the bank; a start more than 90 days away would outlive the order's amount.
/// </summary>
public static class PaymentAuthorizationRules
{
    public const int SetUpBusinessDays = 3;
    public const int LatestStartDays = 90;

    /// <summary>The most a parent may add to each debit towards what they owe: a mistyped amount must not empty an account.</summary>
    public static readonly Money MaxExtraPerDebit = Money.Dollars(5_000m);

    public static DateOnly EarliestStart(DateOnly today) => BusinessDays.After(today, SetUpBusinessDays);

    public static DateOnly LatestStart(DateOnly today) => today.AddDays(LatestStartDays);

    public static bool IsAllowedStart(DateOnly start, DateOnly today) => start >= EarliestStart(today) && start <= LatestStart(today);

    public static bool IsAllowedExtra(Money extra) => extra >= Money.Zero && extra <= MaxExtraPerDebit && extra.Cents == extra.Amount * 100m;
}
