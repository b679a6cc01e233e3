using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Messages;

/// <summary>What sending a parent's message did.</summary>
public abstract record SendResult
{
    private SendResult() { }

    public sealed record Sent(Guid ThreadId, DateOnly ReplyDueOn) : SendResult;

    /// <summary>Nothing was sent: each field with its problem (a missing case or topic has none).</summary>
    public sealed record Invalid(IReadOnlyDictionary<MessageField, MessageProblem?> Problems) : SendResult;

    /// <summary>No such thread or case for this parent (or the thread was closed): the same answer for all.</summary>
    public sealed record NotFound : SendResult;
}
