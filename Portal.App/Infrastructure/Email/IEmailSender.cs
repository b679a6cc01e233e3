namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Hands one message to a provider. Implementations never throw for a provider's or the network's failure:
/// they say what happened as a <see cref="DeliveryResult"/>, and the outbox decides what to do about it.
/// </summary>
public interface IEmailSender
{
    Task<DeliveryResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken);
}
