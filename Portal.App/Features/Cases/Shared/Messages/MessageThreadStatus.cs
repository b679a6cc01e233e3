namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>Where a thread stands (stored by name).</summary>
public enum MessageThreadStatus
{
    /// <summary>The parent wrote last and a reply is owed by the thread's due date.</summary>
    AwaitingReply,
    Answered,
    Closed,
}
