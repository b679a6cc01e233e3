namespace Portal.Domain.Messages;

public enum MessageProblem
{
    SubjectMissing,
    SubjectTooLong,
    BodyMissing,
    BodyTooLong,
}
