using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Dashboard;

/// <summary>
/// A statement month in words: each <see cref="StatementExplanation"/> as one sentence in the reader's language ("The
/// order changed from $400.00 to $450.00 a month on March 1, 2026."), and the month's figures, as the page, the PDF and
/// the CSV all say them.
/// </summary>
public sealed class StatementWords(IStringLocalizer<PaymentTrackerText> text, IStringLocalizer<DashboardText> dashboard)
{
    public string MonthName(DateOnly month)
    {
        var name = month.ToString(text["MonthFormat"], CultureInfo.CurrentCulture);
        return char.ToUpper(name[0], CultureInfo.CurrentCulture) + name[1..];
    }

    public string Date(DateOnly date) => DashboardFormat.Date(dashboard, date);

    private static string M(Money amount) => DashboardFormat.Money(amount);

    public string Sentence(StatementExplanation reason) => reason switch
    {
        StatementExplanation.ArrearsBroughtForward r => text["Why_ArrearsBroughtForward", M(r.Amount)],
        StatementExplanation.UnpaidSupportBecameArrears r => text["Why_UnpaidSupportBecameArrears", M(r.Amount), MonthName(r.Month)],
        StatementExplanation.CreditBroughtForward r => text["Why_CreditBroughtForward", M(r.Amount)],
        StatementExplanation.OrderStarted r => text["Why_OrderStarted", M(r.MonthlyAmount), Date(r.StartedOn), Date(r.FirstDueOn)],
        StatementExplanation.OrderChanged r => text["Why_OrderChanged", M(r.From), M(r.To), Date(r.On)],
        StatementExplanation.OrderEnded r => text["Why_OrderEnded", M(r.MonthlyAmount), Date(r.EndedOn)],
        StatementExplanation.SupportDue r => text["Why_SupportDue", M(r.Amount), Date(r.DueOn)],
        StatementExplanation.CreditApplied r => text["Why_CreditApplied", M(r.Amount)],
        StatementExplanation.PaymentApplied r => text["Why_PaymentApplied", M(r.Amount), Date(r.ReceivedOn), r.ReceiptNumber, Parts(r)],
        StatementExplanation.PaymentReversed r => text["Why_PaymentReversed", M(r.Amount), Date(r.ReceivedOn), r.ReceiptNumber],
        StatementExplanation.SupportUnpaid { BecomesArrears: true } r => text["Why_SupportUnpaidBecomesArrears", M(r.Amount)],
        StatementExplanation.SupportUnpaid r => text["Why_SupportStillDue", M(r.Amount)],
        StatementExplanation.CreditCarried r => text["Why_CreditCarried", M(r.Amount)],
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    /// <summary>The amount a sentence is about, for the CSV's amount column.</summary>
    public static Money AmountOf(StatementExplanation reason) => reason switch
    {
        StatementExplanation.ArrearsBroughtForward r => r.Amount,
        StatementExplanation.UnpaidSupportBecameArrears r => r.Amount,
        StatementExplanation.CreditBroughtForward r => r.Amount,
        StatementExplanation.OrderStarted r => r.MonthlyAmount,
        StatementExplanation.OrderChanged r => r.To,
        StatementExplanation.OrderEnded r => r.MonthlyAmount,
        StatementExplanation.SupportDue r => r.Amount,
        StatementExplanation.CreditApplied r => r.Amount,
        StatementExplanation.PaymentApplied r => r.Amount,
        StatementExplanation.PaymentReversed r => r.Amount,
        StatementExplanation.SupportUnpaid r => r.Amount,
        StatementExplanation.CreditCarried r => r.Amount,
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    /// <summary>How a payment was split, naming only the parts it has: "$250.00 to this month's support and $50.00 to arrears".</summary>
    private string Parts(StatementExplanation.PaymentApplied r)
    {
        var parts = new List<string>(3);
        if (r.ToCurrent > Money.Zero) parts.Add(text["Part_Current", M(r.ToCurrent)]);
        if (r.ToArrears > Money.Zero) parts.Add(text["Part_Arrears", M(r.ToArrears)]);
        if (r.ToCredit > Money.Zero) parts.Add(text["Part_Credit", M(r.ToCredit)]);
        return parts.Count switch
        {
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + text["And"] + parts[^1],
        };
    }

    /// <summary>The month's figures, labelled, in order: what the page's list, the PDF and the CSV show.</summary>
    public IReadOnlyList<(string Label, Money Amount)> Figures(StatementMonth month)
    {
        var f = month.Figures;
        var adjustments = month.Adjustments.Aggregate(Money.Zero, (sum, a) => sum + a.Amount);
        List<(string, Money)> figures =
        [
            (text["Figure_OpeningArrears"], f.OpeningArrears),
            (text["Figure_SupportDue"], f.SupportDue),
            (text["Figure_Paid"], Paid(month)),
            (text["Figure_Adjustments"], adjustments),
        ];
        if (!month.Closed && f.SupportUnpaid > Money.Zero) figures.Add((text["Figure_StillDue"], f.SupportUnpaid));
        if (f.ClosingCredit > Money.Zero) figures.Add((text["Figure_Credit"], f.ClosingCredit));
        figures.Add((month.Closed ? text["Figure_ClosingArrears"] : text["Figure_ArrearsToday", Date(month.Through)], ClosingArrears(month)));
        return figures;
    }

    /// <summary>The payments received in the month that count.</summary>
    public static Money Paid(StatementMonth month) => month.Figures.Payments.Aggregate(Money.Zero, (sum, p) => sum + p.Payment.Amount);

    /// <summary>
    /// The arrears a month ends on: a closed month's unpaid support is arrears from its end (next month's opening
    /// arrears); in the current month it is still due, so the arrears are today's.
    /// </summary>
    public static Money ClosingArrears(StatementMonth month) =>
        month.Closed ? month.Figures.ClosingArrears + month.Figures.SupportUnpaid : month.Figures.ClosingArrears;
}
