using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The figures of <see cref="AccountSummary"/> the dashboard shows, without the domain's payment entity: the shared
/// dashboard data holds plain values only, so it can be persisted with a prerendered page (see CaseDashboard).
/// </summary>
/// <param name="ReceivedThisYear">What the payments that count brought in this Arizona calendar year, up to <paramref name="AsOf"/>.</param>
public sealed record DashboardSummary(DateOnly AsOf, Money MonthlyObligation, Money CurrentSupportDue, Money Arrears, Money Balance, Money Credit, Money TotalPaid, Money ReceivedThisYear)
{
    public static DashboardSummary From(AccountSummary summary, IEnumerable<Payment> payments)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(payments);
        // AsOf is the Arizona day (ArizonaTime.Today), so its year is Arizona's: on Dec 31 at 6 pm in Phoenix it is
        // already next year in UTC, and a parent's "received in 2026" must not drop to nothing at that moment.
        var receivedThisYear = payments
            .Where(p => p.Counts && p.ReceivedOn.Year == summary.AsOf.Year && p.ReceivedOn <= summary.AsOf)
            .Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        return new(summary.AsOf, summary.MonthlyObligation, summary.CurrentSupportDue, summary.Arrears, summary.Balance, summary.Credit, summary.TotalPaid, receivedThisYear);
    }
}
