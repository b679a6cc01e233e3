using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Features.Cases.Shared.Messages;

namespace Portal.App.Features.Cases.Messages;

/// <summary>/messages: the parent's conversations, newest first, with new replies marked as they arrive.</summary>
public sealed partial class MessagesPage
{
    private IReadOnlyList<ThreadSummary>? threads;
    private string? userId;
    private string? announcement;

    [Inject] private ParentMessages Messages { get; set; } = default!;
    [Inject] private MessageThreads Threads { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private int BusinessDays => Threads.ReplyBusinessDays;

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        threads = await Messages.ListAsync(user);
    }

    private async Task OnUpdateAsync(MessageUpdate update)
    {
        var before = threads?.Sum(t => t.ParentUnread) ?? 0;
        threads = await Messages.ListAsync((await AuthenticationState).User);
        if (threads.Sum(t => t.ParentUnread) > before) announcement = L["ReplyArrived"];
    }
}
