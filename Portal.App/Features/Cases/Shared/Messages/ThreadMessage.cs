namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>One message in a thread: the parent's, a caseworker's reply, or an internal note the parent never sees. The body is encrypted at rest.</summary>
public sealed class ThreadMessage
{
    public const int AuthorNameMaxLength = 256;

    private ThreadMessage()
    {
        AuthorUserId = string.Empty;
        AuthorName = string.Empty;
        ProtectedBody = string.Empty;
    }

    public ThreadMessage(Guid id, Guid threadId, MessageAuthor author, string authorUserId, string authorName, string protectedBody, DateTimeOffset sentAt)
    {
        Id = id;
        ThreadId = threadId;
        Author = author;
        AuthorUserId = authorUserId;
        AuthorName = authorName;
        ProtectedBody = protectedBody;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }
    public Guid ThreadId { get; private set; }
    public MessageAuthor Author { get; private set; }
    public string AuthorUserId { get; private set; }
    public string AuthorName { get; private set; }
    public string ProtectedBody { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
