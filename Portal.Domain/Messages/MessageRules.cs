namespace Portal.Domain.Messages;

/// <summary>The limits on what a parent or caseworker writes, and the one check of a subject and a body.</summary>
public static class MessageRules
{
    public const int SubjectMaxLength = 120;
    public const int BodyMaxLength = 5000;
    public const int NoteReasonMaxLength = 500;

    /// <summary>Null when <paramref name="subject"/> can be sent; a blank or too long subject otherwise.</summary>
    public static MessageProblem? CheckSubject(string? subject) =>
        string.IsNullOrWhiteSpace(subject) ? MessageProblem.SubjectMissing
        : subject.Trim().Length > SubjectMaxLength ? MessageProblem.SubjectTooLong
        : null;

    public static MessageProblem? CheckBody(string? body) =>
        string.IsNullOrWhiteSpace(body) ? MessageProblem.BodyMissing
        : Normalize(body).Length > BodyMaxLength ? MessageProblem.BodyTooLong
        : null;

    /// <summary>What is stored and counted: line endings as the browser's textarea counts them (one character each), trimmed.</summary>
    public static string Normalize(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
