namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The figures a live update changed, so the dashboard marks those and nothing else (<see cref="CaseDashboardData.FiguresChangedSince"/>).
/// A set of flags: each live dashboard keeps one of these, not a copy of the figures it had before.
/// </summary>
[Flags]
public enum ChangedFigures
{
    None = 0,
    LastPayment = 1,
    ReceivedThisYear = 2,
    AmountDue = 4,
    NextPaymentDue = 8,
    MonthlyObligation = 16,
    Arrears = 32,
    Credit = 64,
}
