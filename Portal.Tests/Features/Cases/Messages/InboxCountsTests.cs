using Portal.App.Features.Staff.Shared;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>The supervisors' figures, on a portal of their own: they count every thread in it.</summary>
public sealed class InboxCountsTests(MessagesPortal portal) : IClassFixture<MessagesPortal>
{
    [Fact]
    public async Task Supervisors_see_open_and_overdue_threads_and_the_median_time_to_a_first_reply()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var empty = await portal.Inbox.CountsAsync(portal.Staff.Supervisor);
        Assert.Null(empty.MedianFirstReply);
        // Three threads answered after 1, 2 and 10 hours, one never answered.
        foreach (var hours in new[] { 10, 1, 2 })
        {
            var threadId = await portal.StartAsync(parent, caseNumber);
            portal.Staff.Clock.Advance(TimeSpan.FromHours(hours));
            await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Answered.");
        }
        await portal.StartAsync(parent, caseNumber);
        portal.Staff.Clock.Advance(TimeSpan.FromDays(7));

        var counts = await portal.Inbox.CountsAsync(portal.Staff.Supervisor);

        Assert.Equal(4, counts.Open);
        Assert.Equal(1, counts.Overdue);
        Assert.Equal(TimeSpan.FromHours(2), counts.MedianFirstReply);
        Assert.Equal(3, counts.RepliedThreads);
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => portal.Inbox.CountsAsync(portal.Staff.Caseworker));
    }
}
