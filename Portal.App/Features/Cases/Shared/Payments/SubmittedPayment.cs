using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared.Payments;

/// <summary>
/// A payment made in the portal that the processor took and the case system has not posted yet: the dashboard lists it as
/// "submitted online, not yet posted", apart from the payments that count, and it changes no figure.
/// </summary>
public sealed record SubmittedPayment(Guid Id, string ReceiptNumber, Money Amount, DateOnly SubmittedOn, bool Recurring)
{
    public const int ListedCount = 10;
}
