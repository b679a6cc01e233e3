using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// An email waiting to be sent, saved in the same transaction as the change that caused it. A dispatcher
/// claims it for a lease before sending, so two dispatchers never send it at once; a claim that outlives
/// its lease (the process died mid-send) becomes claimable again.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Kind = ToAddress = Subject = HtmlBody = TextBody = string.Empty;
    }

    public OutboxMessage(EmailRecipient to, string kind, RenderedEmail email, string? correlationId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        ToAddress = to.Address;
        ToName = to.Name;
        Subject = email.Subject;
        HtmlBody = email.HtmlBody;
        TextBody = email.TextBody;
        CorrelationId = correlationId;
        CreatedAt = now;
        NextAttemptAt = now;
        Status = OutboxStatus.Pending;
    }

    public Guid Id { get; private set; }
    public string Kind { get; private set; }
    public string ToAddress { get; private set; }
    public string? ToName { get; private set; }
    public string Subject { get; private set; }

    /// <summary>
    /// Encrypted (<see cref="OutboxBodyProtector"/>), and erased once sent: bodies hold one-time codes and links that
    /// must not outlive their delivery.
    /// </summary>
    public string HtmlBody { get; private set; }
    public string TextBody { get; private set; }

    /// <summary>The trace id of the request that queued the message, to follow it from request to delivery in the logs.</summary>
    public string? CorrelationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public Guid? ClaimToken { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? ProviderMessageId { get; private set; }

    /// <summary>The last failure, as the provider put it, with email addresses redacted.</summary>
    public string? LastError { get; private set; }

    /// <summary>The message with its bodies as stored (encrypted): <see cref="OutboxBodyProtector.Read"/> gives the readable one.</summary>
    public OutgoingEmail ToOutgoingEmail() => new(Id, ToAddress, ToName, Subject, HtmlBody, TextBody, Kind);
}
