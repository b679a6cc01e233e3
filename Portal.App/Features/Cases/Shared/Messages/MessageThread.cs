using Portal.Domain.Cases;
using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// A conversation between one parent and the agency about one of their cases. The other parent on the case never
/// sees it. The subject is encrypted at rest (<see cref="MessageProtector"/>); the rest is what the inbox filters on.
/// </summary>
public sealed class MessageThread
{
    private MessageThread()
    {
        ParentUserId = string.Empty;
        ParentPersonId = string.Empty;
        OfficeCode = string.Empty;
        ProtectedSubject = string.Empty;
    }

    public MessageThread(Guid id, CaseNumber caseNumber, string officeCode, string parentUserId, string parentPersonId, MessageTopic topic,
        string protectedSubject, DateTimeOffset startedAt, DateOnly replyDueOn)
    {
        Id = id;
        CaseNumber = caseNumber;
        OfficeCode = officeCode;
        ParentUserId = parentUserId;
        ParentPersonId = parentPersonId;
        Topic = topic;
        ProtectedSubject = protectedSubject;
        StartedAt = startedAt;
        LastMessageAt = startedAt;
        AwaitReply(replyDueOn);
    }

    public Guid Id { get; private set; }
    public CaseNumber CaseNumber { get; private set; }

    /// <summary>The case's office when the thread started: the inbox's office filter.</summary>
    public string OfficeCode { get; private set; }

    public string ParentUserId { get; private set; }
    public string ParentPersonId { get; private set; }
    public MessageTopic Topic { get; private set; }
    public string ProtectedSubject { get; private set; }
    public MessageThreadStatus Status { get; private set; }
    public string? AssignedToUserId { get; private set; }
    public string? AssignedToName { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset LastMessageAt { get; private set; }

    /// <summary>The Arizona date a reply is promised by, while the thread awaits one.</summary>
    public DateOnly? ReplyDueOn { get; private set; }

    /// <summary>The instant the promise is broken (<see cref="ReplyDue.LateFrom"/>): what "overdue" is queried on.</summary>
    public DateTimeOffset? ReplyLateFrom { get; private set; }

    public DateTimeOffset? FirstReplyAt { get; private set; }

    /// <summary>Seconds from the first message to the first reply: the supervisors' median is taken over it in SQL.</summary>
    public long? FirstReplySeconds { get; private set; }

    /// <summary>Replies the parent has not opened yet: the thread's latest ones.</summary>
    public int ParentUnread { get; private set; }

    public bool IsLate(DateTimeOffset now) => ReplyLateFrom is { } lateFrom && now >= lateFrom;

    /// <summary>The parent wrote again: the thread awaits a reply, by a new date unless one is already promised.</summary>
    public void ParentWrote(DateTimeOffset at, DateOnly replyDueOn)
    {
        LastMessageAt = at;
        ParentUnread = 0;
        if (Status != MessageThreadStatus.AwaitingReply) AwaitReply(replyDueOn);
    }

    public void StaffReplied(DateTimeOffset at)
    {
        LastMessageAt = at;
        Status = MessageThreadStatus.Answered;
        ReplyDueOn = null;
        ReplyLateFrom = null;
        ParentUnread++;
        if (FirstReplyAt is null)
        {
            FirstReplyAt = at;
            FirstReplySeconds = (long)(at - StartedAt).TotalSeconds;
        }
    }

    public void AssignTo(string? userId, string? name)
    {
        AssignedToUserId = userId;
        AssignedToName = userId is null ? null : name;
    }

    /// <summary>Staff mark it answered (a reply by phone, say) or closed: either way nothing is owed any more.</summary>
    public void Settle(MessageThreadStatus status)
    {
        if (status == MessageThreadStatus.AwaitingReply) throw new ArgumentOutOfRangeException(nameof(status), "Only the parent's message opens a wait.");
        Status = status;
        ReplyDueOn = null;
        ReplyLateFrom = null;
    }

    public void ParentRead() => ParentUnread = 0;

    private void AwaitReply(DateOnly replyDueOn)
    {
        Status = MessageThreadStatus.AwaitingReply;
        ReplyDueOn = replyDueOn;
        ReplyLateFrom = ReplyDue.LateFrom(replyDueOn);
    }
}
