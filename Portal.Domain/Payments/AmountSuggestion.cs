namespace Portal.Domain.Payments;

/// <summary>An amount the payment page offers with one tap, and which figure it is.</summary>
public sealed record AmountSuggestion(AmountSuggestionKind Kind, Money Amount)
{
    /// <summary>
    /// This month's unpaid support (or, once it is paid, next month's installment), the arrears, and everything owed
    /// now, from the dashboard's own figures (<see cref="CaseLedger.Summarize"/>). A figure that is zero is not offered,
    /// nor a total that equals one already offered, so every button pays something different.
    /// </summary>
    public static IReadOnlyList<AmountSuggestion> For(AccountSummary summary, NextPaymentDue? next)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var suggestions = new List<AmountSuggestion>();
        if (summary.CurrentSupportDue > Money.Zero) suggestions.Add(new(AmountSuggestionKind.CurrentMonth, summary.CurrentSupportDue));
        else if (next is not null) suggestions.Add(new(AmountSuggestionKind.NextMonth, next.Amount));
        if (summary.Arrears > Money.Zero) suggestions.Add(new(AmountSuggestionKind.Arrears, summary.Arrears));
        if (summary.Balance > Money.Zero && suggestions.All(s => s.Amount != summary.Balance)) suggestions.Add(new(AmountSuggestionKind.Total, summary.Balance));
        return suggestions;
    }
}
