using Portal.Domain.Messages;

namespace Portal.App.Features.Staff.Inbox;

/// <summary>Which threads the inbox lists. Closed threads only when asked; the case number is as typed.</summary>
public sealed record InboxFilter(
    InboxAssignment Assignment = InboxAssignment.Anyone,
    bool OverdueOnly = false,
    string? OfficeCode = null,
    MessageTopic? Topic = null,
    string? CaseNumber = null,
    bool IncludeClosed = false)
{
    public static readonly InboxFilter Default = new();
}
