namespace Portal.App.Infrastructure.Payments;

/// <summary>A hosted payment session: the processor's id for it, and its page the browser goes to.</summary>
public sealed record ProcessorSession(string SessionId, Uri PaymentPage);
