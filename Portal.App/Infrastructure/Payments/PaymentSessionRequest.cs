using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Payments;

/// <summary>
/// What the portal asks a processor to collect: the amount for the case and the disclosed fee on top, by one method; where
/// to send the browser back (<paramref name="ReturnUrl"/> after a result, <paramref name="CancelUrl"/> when the parent
/// gives up on the processor's page), and the page's language.
/// </summary>
public sealed record PaymentSessionRequest(
    string IdempotencyKey,
    Money Amount,
    Money Fee,
    CaseNumber CaseNumber,
    PaymentMethod Method,
    Uri ReturnUrl,
    Uri CancelUrl,
    string Language);
