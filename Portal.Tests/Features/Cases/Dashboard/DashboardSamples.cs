using Portal.App.Features.Cases.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>Dashboard data built by hand, for component tests that need no database.</summary>
public static class DashboardSamples
{
    public const string Viewer = "P1";

    public static CaseDashboardData Data(Payment? lastPayment = null, NextPaymentDue? next = null, IReadOnlyList<RecentAction>? actions = null) => new(
        CaseNumber.Parse("8060961680"),
        CaseStatus.Open,
        [new CaseParent(Viewer, ParticipantRole.CustodialParent, "Eloisa", "F"), new CaseParent("P2", ParticipantRole.NonCustodialParent, "Marco", "R")],
        new DashboardSummary(new DateOnly(2026, 11, 22), Money.Dollars(941m), Money.Dollars(441m), Money.Dollars(1234.5m), Money.Dollars(1675.5m), Money.Zero, Money.Dollars(5000m), Money.Dollars(2500m)),
        lastPayment is null ? null : PaymentRow.From(lastPayment),
        next,
        actions ?? [],
        PaymentPage.Empty(PaymentQuery.Default),
        new CaseRecordStamp(lastPayment is null ? 0 : 1, actions?.Count ?? 0));

    public static Payment Payment(decimal amount, DateOnly receivedOn) => new(1, "R1", receivedOn, Money.Dollars(amount), PaymentSource.WageWithholding);
}
