namespace Portal.App.Features.Staff.Inbox;

/// <summary>The supervisors' figures: threads not closed, those past their reply date, and the median time to a first reply over the recent threads.</summary>
public sealed record InboxCounts(int Open, int Overdue, TimeSpan? MedianFirstReply, int RepliedThreads);
