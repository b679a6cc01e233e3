namespace Portal.Domain.Payments;

/// <summary>Where a case's support account stands on a given day.</summary>
/// <param name="MonthlyObligation">The installment of the order in effect, or zero when none is.</param>
/// <param name="CurrentSupportDue">What is still unpaid of this month's installment.</param>
/// <param name="Arrears">Support from earlier months that is still unpaid.</param>
/// <param name="Balance">Everything owed now: this month's unpaid installment plus arrears.</param>
/// <param name="Credit">Paid beyond everything that has fallen due.</param>
/// <param name="LastPayment">The most recent payment that counts, if any.</param>
public sealed record AccountSummary(
    DateOnly AsOf,
    Money MonthlyObligation,
    Money CurrentSupportDue,
    Money Arrears,
    Money Balance,
    Money Credit,
    Money TotalPaid,
    Payment? LastPayment);
