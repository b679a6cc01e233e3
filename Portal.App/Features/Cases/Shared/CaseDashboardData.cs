using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Everything one case's dashboard shows, loaded at once: the summary, the last payment, the 10 most recent actions and
/// the first page of the payment history, and the <see cref="CaseRecordStamp"/> read before them. Never all payments:
/// it is what a live circuit keeps, and one instance is shared by every dashboard of the case after an update.
/// Plain values only: a prerendered dashboard hands it to its circuit as persisted state (<see cref="CaseDashboardDataSerializer"/>).
/// </summary>
public sealed record CaseDashboardData(
    CaseNumber CaseNumber,
    CaseStatus Status,
    IReadOnlyList<CaseParent> Parents,
    DashboardSummary Summary,
    PaymentRow? LastPayment,
    NextPaymentDue? NextPaymentDue,
    IReadOnlyList<RecentAction> RecentActions,
    PaymentPage FirstPaymentsPage,
    CaseRecordStamp Stamp)
{
    public const int RecentActionCount = 10;
}
