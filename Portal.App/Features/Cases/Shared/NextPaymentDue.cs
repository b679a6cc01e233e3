using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>The next installment the support order sets: support falls due on the first of each month.</summary>
public sealed record NextPaymentDue(DateOnly DueOn, Money Amount);
