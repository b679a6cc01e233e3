namespace Portal.Domain.Payments;

/// <summary>Why an amount typed for an online payment cannot be paid (<see cref="PaymentAmountRules"/>).</summary>
public enum PaymentAmountProblem
{
    Missing,
    NotPositive,
    NotWholeCents,
    OverLimit,
}
