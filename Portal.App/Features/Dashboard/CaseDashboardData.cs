using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Dashboard;

/// <summary>
/// Everything one case's dashboard shows, loaded at once: the summary, the 10 most recent actions and the
/// first page of the payment history. Never all payments: it is what a live circuit keeps, and one instance
/// is shared by every dashboard of the case after an update.
/// </summary>
public sealed record CaseDashboardData(
    CaseNumber CaseNumber,
    CaseStatus Status,
    IReadOnlyList<CaseParent> Parents,
    AccountSummary Summary,
    NextPaymentDue? NextPaymentDue,
    IReadOnlyList<RecentAction> RecentActions,
    PaymentPage FirstPaymentsPage)
{
    public const int RecentActionCount = 10;

    public PaymentRow? LastPayment => Summary.LastPayment is { } payment ? PaymentRow.From(payment) : null;
}
