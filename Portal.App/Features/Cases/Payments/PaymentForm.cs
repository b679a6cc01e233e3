using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// What the payment page offers a paying parent: the cases they pay on, the chosen one's amount suggestions, each
/// method's fee and the most one payment may be. <see cref="Available"/> is false when no processor is configured.
/// </summary>
public sealed record PaymentForm(
    IReadOnlyList<CaseNumber> Cases,
    CaseNumber? CaseNumber,
    IReadOnlyList<AmountSuggestion> Suggestions,
    ConvenienceFee CardFee,
    ConvenienceFee BankFee,
    Money Limit,
    bool Available)
{
    public ConvenienceFee FeeFor(PaymentMethod method) => method == PaymentMethod.Card ? CardFee : BankFee;
}
