namespace Portal.Domain.Payments;

/// <summary>
/// What a parent may pay online in one payment: more than zero, in whole cents (a processor charges cents, and a third
/// decimal would be rounded behind the parent's back), and at most the configured limit (a mistyped amount must not
/// empty an account; the limit is the portal's configuration, not a rule of the order).
/// </summary>
public static class PaymentAmountRules
{
    /// <summary>Null when <paramref name="amount"/> may be paid; otherwise the first problem, in the order a parent fixes them.</summary>
    public static PaymentAmountProblem? Check(decimal? amount, Money limit) => amount switch
    {
        null => PaymentAmountProblem.Missing,
        <= 0m => PaymentAmountProblem.NotPositive,
        { } a when decimal.Round(a, 2) != a => PaymentAmountProblem.NotWholeCents,
        { } a when a > limit.Amount => PaymentAmountProblem.OverLimit,
        _ => null,
    };

    /// <summary>Reads an amount as typed ("$1,250.5", " 80 "): dollars with an optional sign and group separators; null when it is not a number.</summary>
    public static decimal? Parse(string? text)
    {
        var cleaned = text?.Trim().Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        return decimal.TryParse(cleaned, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}
