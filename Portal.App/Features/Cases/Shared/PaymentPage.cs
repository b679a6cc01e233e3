using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>One page of a case's payment history, with the count and the total of every payment in the range.</summary>
/// <param name="TotalAmount">What the payments in the range add up to, reversed payments left out (they no longer count).</param>
public sealed record PaymentPage(PaymentQuery Query, IReadOnlyList<PaymentRow> Rows, int TotalCount, Money TotalAmount)
{
    public static PaymentPage Empty(PaymentQuery query) => new(query, [], 0, Money.Zero);
}
