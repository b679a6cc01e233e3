using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>A hosted session the sandbox holds in memory (a stand-in keeps no database of its own); completed once.</summary>
public sealed class SandboxSession(string id, PaymentSessionRequest request)
{
    public string Id { get; } = id;
    public string IdempotencyKey { get; } = request.IdempotencyKey;
    public Money Amount { get; } = request.Amount;
    public Money Fee { get; } = request.Fee;
    public CaseNumber CaseNumber { get; } = request.CaseNumber;
    public PaymentMethod Method { get; } = request.Method;
    public Uri ReturnUrl { get; } = request.ReturnUrl;
    public Uri CancelUrl { get; } = request.CancelUrl;
    public string Language { get; } = request.Language;

    /// <summary>The event that completed the session, once it is; the page answers a second post with it instead of paying again.</summary>
    public PaymentWebhookEvent? Result { get; set; }

    /// <summary>The portal answered the result's webhook with a 2xx: a second post of the page does not send it again.</summary>
    public bool Delivered { get; set; }
}
