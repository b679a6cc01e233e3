namespace Portal.Domain.Payments;

/// <summary>Which figure an <see cref="AmountSuggestion"/> is.</summary>
public enum AmountSuggestionKind
{
    CurrentMonth,
    NextMonth,
    Arrears,
    Total,
}
