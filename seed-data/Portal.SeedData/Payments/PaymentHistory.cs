using Portal.Domain.Payments;

namespace Portal.SeedData.Payments;

/// <summary>The payments of one case, oldest first, and the employment events the case history mentions.</summary>
internal sealed record PaymentHistory(
    IReadOnlyList<Payment> Payments,
    DateOnly? WithholdingStartedOn,
    DateOnly? JobLostOn,
    DateOnly? NewEmployerOn);
