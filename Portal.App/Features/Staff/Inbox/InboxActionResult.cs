using Portal.Domain.Messages;

namespace Portal.App.Features.Staff.Inbox;

/// <summary>What a caseworker's action on a thread did.</summary>
public abstract record InboxActionResult
{
    private InboxActionResult() { }

    public sealed record Done : InboxActionResult;

    public sealed record Invalid(MessageProblem Problem) : InboxActionResult;

    /// <summary>No such thread, or no such caseworker to assign it to.</summary>
    public sealed record NotFound : InboxActionResult;
}
