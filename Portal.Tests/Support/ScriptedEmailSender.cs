using System.Collections.Concurrent;
using Portal.App.Infrastructure.Email;

namespace Portal.Tests.Support;

/// <summary>
/// Stands in for the email provider, the one part of delivery a test cannot reach. It answers as scripted
/// (up, down, rejecting) and keeps an inbox that, like a real mailbox, holds one copy per Message-ID.
/// </summary>
public sealed class ScriptedEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<OutgoingEmail> attempts = new();
    private readonly ConcurrentDictionary<Guid, OutgoingEmail> inbox = new();

    /// <summary>What the provider answers; by default it accepts everything.</summary>
    public Func<OutgoingEmail, DeliveryResult> Answer { get; set; } = email => new DeliveryResult.Delivered($"provider-{email.Id:N}");

    /// <summary>Runs after the provider accepted a message and before the answer reaches the outbox (e.g. a crash).</summary>
    public Action<OutgoingEmail>? AfterAccepting { get; set; }

    public IReadOnlyCollection<OutgoingEmail> Attempts => attempts;

    /// <summary>The messages recipients hold: a repeated Message-ID is one message.</summary>
    public IReadOnlyCollection<OutgoingEmail> Inbox => inbox.Values.ToList();

    public Task<DeliveryResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        attempts.Enqueue(email);
        var answer = Answer(email);
        if (answer is DeliveryResult.Delivered)
        {
            inbox.TryAdd(email.Id, email);
            AfterAccepting?.Invoke(email);
        }
        return Task.FromResult(answer);
    }

    public void GoDown(TimeSpan? retryAfter = null) => Answer = _ => new DeliveryResult.Transient("503 Service Unavailable", retryAfter);

    public void ComeBack() => Answer = email => new DeliveryResult.Delivered($"provider-{email.Id:N}");
}
