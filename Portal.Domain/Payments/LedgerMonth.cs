namespace Portal.Domain.Payments;

/// <summary>
/// One month of a case's account, as <see cref="CaseLedger"/> walks it. Arrears are what stays unpaid of earlier
/// months (as <see cref="AccountSummary.Arrears"/>): the month's own unpaid support joins them only on the first of the
/// next month, so <see cref="ClosingArrears"/> is what the dashboard showed on <see cref="Through"/>.
/// </summary>
/// <param name="Month">The first day of the month.</param>
/// <param name="Through">The month's last day, or the as-of date in the month it falls in.</param>
/// <param name="OpeningArrears">Arrears on the first: last month's arrears plus last month's unpaid support.</param>
/// <param name="OpeningCredit">Paid beyond everything due, brought from earlier months.</param>
/// <param name="SupportDue">The installments of the orders that fall due on the first.</param>
/// <param name="CreditApplied">The part of the opening credit that paid this month's support.</param>
/// <param name="Payments">The payments that count received in the month (to <see cref="Through"/>), in date order, each as applied.</param>
/// <param name="SupportUnpaid">What is still unpaid of this month's support on <see cref="Through"/>.</param>
public sealed record LedgerMonth(
    DateOnly Month,
    DateOnly Through,
    Money OpeningArrears,
    Money OpeningCredit,
    Money SupportDue,
    Money CreditApplied,
    IReadOnlyList<PaymentApplication> Payments,
    Money SupportUnpaid,
    Money ClosingArrears,
    Money ClosingCredit);
