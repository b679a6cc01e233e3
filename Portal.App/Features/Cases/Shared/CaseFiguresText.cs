using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The headline and summary figures of one case's dashboard data as the card writes them, once per data and language
/// (<see cref="SharedTexts{TSource, TText}"/>): every open dashboard of the case renders the same figures after an update.
/// </summary>
public sealed record CaseFiguresText(
    string CaseNumber,
    string Status,
    string LastPayment,
    string ReceivedInYear,
    string ReceivedThisYear,
    string AmountDue,
    string NextPaymentDue,
    string MonthlyObligation,
    string Arrears,
    string Credit)
{
    private static readonly SharedTexts<CaseDashboardData, CaseFiguresText> Cache = new();

    public static CaseFiguresText Of(CaseDashboardData data, IStringLocalizer<DashboardText> text) =>
        Cache.Of(data, CultureInfo.CurrentUICulture.Name, text, static (data, text) => new CaseFiguresText(
            CaseNumber: DashboardFormat.CaseNumberForReading(data.CaseNumber),
            Status: text[$"Status_{data.Status}"],
            LastPayment: data.LastPayment is { } last ? text["AmountOnDate", DashboardFormat.Money(last.Amount), DashboardFormat.Date(text, last.ReceivedOn)] : text["NoPaymentsYet"],
            ReceivedInYear: text["ReceivedInYear", data.Summary.AsOf.Year],
            ReceivedThisYear: DashboardFormat.Money(data.Summary.ReceivedThisYear),
            AmountDue: DashboardFormat.Money(data.Summary.Balance),
            NextPaymentDue: data.NextPaymentDue is { } next ? text["AmountOnDate", DashboardFormat.Money(next.Amount), DashboardFormat.Date(text, next.DueOn)] : text["NoPaymentDue"],
            MonthlyObligation: DashboardFormat.Money(data.Summary.MonthlyObligation),
            Arrears: DashboardFormat.Money(data.Summary.Arrears),
            Credit: DashboardFormat.Money(data.Summary.Credit)));
}
