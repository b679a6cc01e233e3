using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared.Messages;

namespace Portal.App.Features.Cases.Messages;

/// <summary>
/// /messages/{id}: one conversation. Opening it marks the replies read; a reply that arrives while it is open shows at
/// once (and is read, as the parent is looking at it). A thread that is not the parent's is "not found".
/// </summary>
public sealed partial class ThreadPage
{
    private ThreadView? thread;
    private bool loading = true;
    private string? userId;
    private string reply = string.Empty;
    private string? replyError;
    private string? confirmation;
    private string? announcement;
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;

    [Parameter] public Guid ThreadId { get; set; }

    /// <summary>Set by the new-message page after sending, to say so here.</summary>
    [SupplyParameterFromQuery(Name = "sent")] public int? JustSent { get; set; }

    [Inject] private ParentMessages Messages { get; set; } = default!;
    [Inject] private MessageThreads Threads { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(("reply-body", replyError));

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        thread = await Messages.OpenAsync(user, ThreadId);
        if (JustSent == 1 && thread?.Summary.ReplyDueOn is { } dueOn) confirmation = L["Sent", MessageFormat.DueDate(M, dueOn)];
        loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task OnUpdateAsync(MessageUpdate update)
    {
        if (update.ThreadId != ThreadId) return;
        var count = thread?.Messages.Count ?? 0;
        thread = await Messages.OpenAsync((await AuthenticationState).User, ThreadId);
        if (thread is not null && thread.Messages.Count > count && thread.Messages[^1].Author == MessageAuthor.Caseworker) announcement = L["ReplyArrived"];
    }

    private async Task ReplyAsync()
    {
        if (busy) return;
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                var user = (await AuthenticationState).User;
                switch (await Messages.ReplyAsync(user, ThreadId, reply))
                {
                    case SendResult.Sent sent:
                        (reply, replyError) = (string.Empty, null);
                        confirmation = L["ReplySent", MessageFormat.DueDate(M, sent.ReplyDueOn)];
                        thread = await Messages.OpenAsync(user, ThreadId);
                        break;
                    case SendResult.Invalid invalid:
                        replyError = L[invalid.Problems[MessageField.Body].ToString()!].Value;
                        focusSummary = true;
                        break;
                    case SendResult.NotFound:
                        thread = await Messages.OpenAsync(user, ThreadId);
                        break;
                }
            });
        }
        finally
        {
            busy = false;
        }
    }
}
