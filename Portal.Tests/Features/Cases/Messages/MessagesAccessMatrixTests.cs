using System.Security.Claims;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Staff.Inbox;
using Portal.App.Features.Staff.Shared;
using Portal.Tests.Features.Staff;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>Every inbox service method for an anonymous visitor, a parent (even the thread's own), a caseworker and a supervisor.</summary>
public sealed class MessagesAccessMatrixTests(MessagesPortal portal) : IClassFixture<MessagesPortal>
{
    public static TheoryData<string> Actions() =>
        ["search", "open", "refresh", "caseworkers", "offices", "assign", "reply", "note", "settle", "counts"];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task No_inbox_method_serves_an_anonymous_visitor_or_a_parent_even_the_one_who_wrote(string action)
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);

        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => RunAsync(action, StaffPortal.Anonymous, threadId));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => RunAsync(action, parent, threadId));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Every_inbox_method_serves_a_supervisor_and_all_but_the_figures_a_caseworker(string action)
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);

        await RunAsync(action, portal.Staff.Supervisor, threadId);
        if (action == "counts") await Assert.ThrowsAsync<StaffAccessDeniedException>(() => RunAsync(action, portal.Staff.Caseworker, threadId));
        else await RunAsync(action, portal.Staff.Caseworker, threadId);
    }

    private async Task RunAsync(string action, ClaimsPrincipal user, Guid threadId)
    {
        var inbox = portal.Inbox;
        _ = action switch
        {
            "search" => await inbox.SearchAsync(user, InboxFilter.Default, 0) as object,
            "open" => await inbox.OpenAsync(user, threadId),
            "refresh" => await inbox.RefreshAsync(user, threadId),
            "caseworkers" => await portal.Staff.Get<StaffDirectory>().CaseworkersAsync(user),
            "offices" => await portal.Staff.Get<StaffDirectory>().OfficesAsync(user),
            "assign" => await inbox.AssignAsync(user, threadId, null),
            "reply" => await inbox.ReplyAsync(user, threadId, "A reply."),
            "note" => await inbox.AddNoteAsync(user, threadId, "A note."),
            "settle" => await inbox.SettleAsync(user, threadId, MessageThreadStatus.Answered),
            "counts" => await inbox.CountsAsync(user),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
