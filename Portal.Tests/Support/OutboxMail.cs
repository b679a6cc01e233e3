using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Email;

namespace Portal.Tests.Support;

/// <summary>Queued messages as their recipient will read them: the outbox keeps their bodies encrypted.</summary>
public static class OutboxMail
{
    public static OutgoingEmail Readable(this IServiceProvider services, OutboxMessage message) =>
        services.GetRequiredService<OutboxBodyProtector>().Read(message)
        ?? throw new InvalidOperationException($"Outbox message {message.Id} cannot be decrypted with this app's keys.");
}
