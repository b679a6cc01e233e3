using Portal.App.Features.Cases.Shared.Messages;

namespace Portal.App.Features.Staff.Inbox;

public sealed record InboxPage(IReadOnlyList<ThreadSummary> Rows, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
