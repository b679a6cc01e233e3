namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>A document sent with a message: one of the writer's own documents on the thread's case (Cases/Shared/Documents).</summary>
public sealed class MessageAttachment(Guid messageId, Guid documentId)
{
    public Guid MessageId { get; private set; } = messageId;
    public Guid DocumentId { get; private set; } = documentId;
}
