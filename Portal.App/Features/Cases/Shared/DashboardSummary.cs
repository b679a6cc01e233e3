using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The figures of <see cref="AccountSummary"/> the dashboard shows, without the domain's payment entity: the shared
/// dashboard data holds plain values only, so it can be persisted with a prerendered page (see CaseDashboard).
/// </summary>
public sealed record DashboardSummary(DateOnly AsOf, Money MonthlyObligation, Money CurrentSupportDue, Money Arrears, Money Balance, Money Credit, Money TotalPaid)
{
    public static DashboardSummary From(AccountSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.AsOf, summary.MonthlyObligation, summary.CurrentSupportDue, summary.Arrears, summary.Balance, summary.Credit, summary.TotalPaid);
    }
}
