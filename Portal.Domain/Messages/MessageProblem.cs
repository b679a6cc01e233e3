namespace Portal.Domain.Messages;

public enum MessageProblem
{
    SubjectMissing,
    SubjectTooLong,
    BodyMissing,
    BodyTooLong,
    TooManyAttachments,

    /// <summary>A document to attach is not the writer's own on the thread's case, or was refused by the virus scan.</summary>
    AttachmentUnavailable,
}
