using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Staff.Inbox;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Messages;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>The caseworkers' inbox: what it lists and in which order, working a thread, and the audit of opening one.</summary>
public sealed class StaffInboxTests(MessagesPortal portal) : IClassFixture<MessagesPortal>
{
    [Fact]
    public async Task Threads_come_oldest_due_first_and_a_thread_past_its_date_is_overdue_for_staff_and_late_for_the_parent()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var first = await portal.StartAsync(parent, caseNumber, subject: "First");
        portal.Staff.Clock.Advance(TimeSpan.FromDays(1)); // Monday: due Thursday
        var second = await portal.StartAsync(parent, caseNumber, subject: "Second");

        var rows = (await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(CaseNumber: caseNumber.Digits), 0)).Rows;
        Assert.Equal([first, second], rows.Select(r => r.Id));
        Assert.DoesNotContain(rows, r => r.IsLate);

        // Wednesday 2026-11-25 ends at midnight in Arizona: Thursday 00:00 is 07:00 UTC.
        portal.Staff.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));

        var overdue = (await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(OverdueOnly: true, CaseNumber: caseNumber.Digits), 0)).Rows;
        Assert.Equal(first, Assert.Single(overdue).Id);
        var late = Assert.Single(await portal.Parents.ListAsync(parent), t => t.Id == first);
        Assert.True(late.IsLate);
    }

    [Fact]
    public async Task Assigning_filters_the_inbox_to_mine_or_unassigned_and_a_reply_assigns_an_unassigned_thread()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var mine = await portal.StartAsync(parent, caseNumber, subject: "Mine");
        var nobodys = await portal.StartAsync(parent, caseNumber, subject: "Nobody's", topic: MessageTopic.Enforcement);
        var caseworkerId = (await portal.Staff.Get<StaffDirectory>().CaseworkersAsync(portal.Staff.Caseworker)).Single(c => c.UserName == "caseworker").UserId;

        Assert.IsType<InboxActionResult.Done>(await portal.Inbox.AssignAsync(portal.Staff.Supervisor, mine, caseworkerId));

        var filter = new InboxFilter(CaseNumber: caseNumber.Digits);
        Assert.Equal(mine, Assert.Single((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, filter with { Assignment = InboxAssignment.Mine }, 0)).Rows).Id);
        Assert.Equal(nobodys, Assert.Single((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, filter with { Assignment = InboxAssignment.Unassigned }, 0)).Rows).Id);
        Assert.Equal(nobodys, Assert.Single((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, filter with { Topic = MessageTopic.Enforcement }, 0)).Rows).Id);
        Assert.IsType<InboxActionResult.NotFound>(await portal.Inbox.AssignAsync(portal.Staff.Supervisor, mine, "not-a-staff-member"));

        await portal.Inbox.ReplyAsync(portal.Staff.Supervisor, nobodys, "We are looking into it.");

        var replied = Assert.Single((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, filter with { Topic = MessageTopic.Enforcement }, 0)).Rows);
        Assert.Equal("supervisor", replied.AssignedToName);
        Assert.Equal(MessageThreadStatus.Answered, replied.Status);
    }

    [Fact]
    public async Task A_closed_thread_leaves_the_inbox_unless_asked_for_and_the_office_filter_finds_the_cases_office()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        var office = (await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(CaseNumber: caseNumber.Digits), 0)).Rows.Single().OfficeCode;

        await portal.Inbox.SettleAsync(portal.Staff.Caseworker, threadId, MessageThreadStatus.Closed);

        Assert.Empty((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(CaseNumber: caseNumber.Digits), 0)).Rows);
        var closed = await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(OfficeCode: office, CaseNumber: caseNumber.Digits, IncludeClosed: true), 0);
        Assert.Equal(MessageThreadStatus.Closed, Assert.Single(closed.Rows).Status);
        Assert.Empty((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(OfficeCode: "NOPE", CaseNumber: caseNumber.Digits, IncludeClosed: true), 0)).Rows);
        Assert.Empty((await portal.Inbox.SearchAsync(portal.Staff.Caseworker, new InboxFilter(CaseNumber: "not a case"), 0)).Rows);
    }

    [Fact]
    public async Task Opening_a_thread_is_audited_and_its_refreshes_are_not()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);

        var view = await portal.Inbox.OpenAsync(portal.Staff.Caseworker, threadId);
        await portal.Inbox.RefreshAsync(portal.Staff.Caseworker, threadId);

        Assert.Equal("My payment from October has not arrived.", Assert.Single(view!.Messages).Body);
        var entry = Assert.Single(await portal.Staff.AuditAsync(subjectUserId: account.Id));
        Assert.Equal(StaffAuditAction.MessageThreadOpened, entry.Action);
        Assert.Equal(caseNumber.Digits, entry.CaseNumber);
        Assert.Equal("caseworker", entry.StaffUserName);
        Assert.Null(await portal.Inbox.OpenAsync(portal.Staff.Caseworker, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_blank_or_too_long_reply_is_refused_and_nothing_reaches_the_parent()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);

        Assert.Equal(MessageProblem.BodyMissing, Assert.IsType<InboxActionResult.Invalid>(await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "  ")).Problem);
        Assert.Equal(MessageProblem.BodyTooLong, Assert.IsType<InboxActionResult.Invalid>(await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, new string('x', 5001))).Problem);

        Assert.Single((await portal.Parents.OpenAsync(parent, threadId))!.Messages);
        Assert.Empty(await portal.Staff.MailToAsync(account.Email!));
    }
}
