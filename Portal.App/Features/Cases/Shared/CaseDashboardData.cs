using Portal.Domain.Cases;
using Portal.Domain.Payments;

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
    CaseRecordStamp Stamp,
    IReadOnlyList<Payments.SubmittedPayment>? SubmittedOnline = null)
{
    public const int RecentActionCount = 10;

    /// <summary>The headline and summary figures that differ from <paramref name="earlier"/>'s (after a live update).</summary>
    public ChangedFigures FiguresChangedSince(CaseDashboardData earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var changed = ChangedFigures.None;
        if (LastPayment?.Id != earlier.LastPayment?.Id) changed |= ChangedFigures.LastPayment;
        if (NextPaymentDue != earlier.NextPaymentDue) changed |= ChangedFigures.NextPaymentDue;
        var (now, before) = (Summary, earlier.Summary);
        if (now.ReceivedThisYear != before.ReceivedThisYear) changed |= ChangedFigures.ReceivedThisYear;
        if (now.Balance != before.Balance) changed |= ChangedFigures.AmountDue;
        if (now.MonthlyObligation != before.MonthlyObligation) changed |= ChangedFigures.MonthlyObligation;
        if (now.Arrears != before.Arrears) changed |= ChangedFigures.Arrears;
        if (now.Credit != before.Credit) changed |= ChangedFigures.Credit;
        return changed;
    }
}
