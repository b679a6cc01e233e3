using Portal.Domain.Cases;

namespace Portal.Domain.Payments;

/// <summary>
/// "Why my balance changed": a case's account month by month, from <see cref="CaseLedger.Months"/> (so its closing
/// arrears are the dashboard's, by construction), with every figure's reasons as <see cref="StatementExplanation"/>s.
/// </summary>
public sealed record CaseStatement(DateOnly AsOf, IReadOnlyList<StatementMonth> Months)
{
    /// <summary>Arrears on <see cref="AsOf"/>: <see cref="AccountSummary.Arrears"/> for the same orders and payments.</summary>
    public Money ClosingArrears => Months.Count == 0 ? Money.Zero : Months[^1].Figures.ClosingArrears;

    public static CaseStatement For(IEnumerable<SupportOrder> orders, IEnumerable<Payment> payments, DateOnly asOf)
    {
        var orderList = orders.ToList();
        var paymentList = payments.ToList();
        var ledger = CaseLedger.Months(orderList, paymentList, asOf);
        var reversed = paymentList.Where(p => !p.Counts && p.ReceivedOn <= asOf).ToLookup(p => FirstOfMonth(p.ReceivedOn));

        var months = new List<StatementMonth>(ledger.Count);
        LedgerMonth? previous = null;
        List<SupportOrder> previousOrders = [];
        for (var i = 0; i < ledger.Count; i++)
        {
            var month = ledger[i];
            var dueOrders = orderList.Where(o => o.InstallmentDueInMonthOf(month.Month) > Money.Zero).ToList();
            var closed = i < ledger.Count - 1;
            months.Add(new StatementMonth(month, [], Explain(month, previous, previousOrders, dueOrders, reversed[month.Month], closed), closed));
            previous = month;
            previousOrders = dueOrders;
        }
        return new CaseStatement(asOf, months);
    }

    private static List<StatementExplanation> Explain(
        LedgerMonth month, LedgerMonth? previous, List<SupportOrder> previousOrders, List<SupportOrder> dueOrders, IEnumerable<Payment> reversed, bool closed)
    {
        var reasons = new List<StatementExplanation>();
        if (previous is not null)
        {
            if (previous.ClosingArrears > Money.Zero) reasons.Add(new StatementExplanation.ArrearsBroughtForward(previous.ClosingArrears));
            if (previous.SupportUnpaid > Money.Zero) reasons.Add(new StatementExplanation.UnpaidSupportBecameArrears(previous.Month, previous.SupportUnpaid));
        }
        if (month.OpeningCredit > Money.Zero) reasons.Add(new StatementExplanation.CreditBroughtForward(month.OpeningCredit));
        if (OrderChange(month, previousOrders, dueOrders) is { } change) reasons.Add(change);
        if (month.SupportDue > Money.Zero) reasons.Add(new StatementExplanation.SupportDue(month.SupportDue, month.Month));
        if (month.CreditApplied > Money.Zero) reasons.Add(new StatementExplanation.CreditApplied(month.CreditApplied));

        var applied = month.Payments.Select(a => (a.Payment, Reason: (StatementExplanation)new StatementExplanation.PaymentApplied(
            a.Payment.ReceiptNumber, a.Payment.ReceivedOn, a.Payment.Amount, a.ToCurrent, a.ToArrears, a.ToCredit)));
        var returned = reversed.Select(p => (Payment: p, Reason: (StatementExplanation)new StatementExplanation.PaymentReversed(p.ReceiptNumber, p.ReceivedOn, p.Amount)));
        reasons.AddRange(applied.Concat(returned).OrderBy(r => r.Payment.ReceivedOn).ThenBy(r => r.Payment.Id)
            .ThenBy(r => r.Payment.ReceiptNumber, StringComparer.Ordinal).Select(r => r.Reason));

        if (month.SupportUnpaid > Money.Zero) reasons.Add(new StatementExplanation.SupportUnpaid(month.SupportUnpaid, closed));
        if (month.ClosingCredit > Money.Zero) reasons.Add(new StatementExplanation.CreditCarried(month.ClosingCredit));
        return reasons;
    }

    /// <summary>Support starting, changing (a modification: one order ends, another starts) or ending this month.</summary>
    private static StatementExplanation? OrderChange(LedgerMonth month, List<SupportOrder> previousOrders, List<SupportOrder> dueOrders)
    {
        if (previousOrders.SequenceEqual(dueOrders)) return null;
        var before = previousOrders.Aggregate(Money.Zero, (sum, o) => sum + o.MonthlyAmount);
        var now = dueOrders.Aggregate(Money.Zero, (sum, o) => sum + o.MonthlyAmount);
        if (previousOrders.Count == 0) return new StatementExplanation.OrderStarted(now, dueOrders.Min(o => o.StartDate), month.Month);
        if (dueOrders.Count == 0) return new StatementExplanation.OrderEnded(before, previousOrders.Max(o => o.EndDate) ?? month.Month.AddDays(-1));
        // An order re-issued for the same amount changes nothing a parent pays.
        if (before == now) return null;
        return new StatementExplanation.OrderChanged(before, now, dueOrders.Except(previousOrders).Select(o => o.StartDate).DefaultIfEmpty(month.Month).Min());
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
