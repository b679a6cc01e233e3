using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.Inbox;

/// <summary>
/// /staff/messages/{id}: working one thread: assign it, reply, add a note the parent never sees, mark it answered or
/// close it. Opening it is audited; what the page does afterwards refreshes it without a second "opened" entry.
/// </summary>
public sealed partial class StaffThreadPage
{
    private ThreadView? thread;
    private IReadOnlyList<Caseworker> caseworkers = [];
    private bool loading = true;
    private string? assignee;
    private string reply = string.Empty;
    private string note = string.Empty;
    private string? replyError, noteError;
    private string? announcement;
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;

    [Parameter] public Guid ThreadId { get; set; }

    [Inject] private StaffInbox Inbox { get; set; } = default!;
    [Inject] private StaffDirectory Directory { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(("staff-reply", replyError), ("staff-note", noteError));

    private string ParentName => thread?.Messages.FirstOrDefault(m => m.Author == MessageAuthor.Parent)?.AuthorName ?? string.Empty;

    protected override async Task OnParametersSetAsync()
    {
        // Opened (and audited) once the page is live, never while prerendering: the thread is not in the first HTML.
        if (!RendererInfo.IsInteractive) return;
        var user = (await AuthenticationState).User;
        thread = await Inbox.OpenAsync(user, ThreadId);
        caseworkers = await Directory.CaseworkersAsync(user);
        assignee = caseworkers.FirstOrDefault(c => c.UserName == thread?.Summary.AssignedToName)?.UserId;
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
        if (update.ThreadId != ThreadId || busy) return;
        var count = thread?.Messages.Count ?? 0;
        await RefreshAsync();
        if ((thread?.Messages.Count ?? 0) > count) announcement = L["ThreadUpdated"];
    }

    private async Task AssignAsync() => await ActAsync(user => Inbox.AssignAsync(user, ThreadId, string.IsNullOrEmpty(assignee) ? null : assignee), L["Assigned"]);

    private async Task ReplyAsync()
    {
        if (await ActAsync(user => Inbox.ReplyAsync(user, ThreadId, reply), L["ReplySent"], problem => replyError = problem)) reply = string.Empty;
    }

    private async Task AddNoteAsync()
    {
        if (await ActAsync(user => Inbox.AddNoteAsync(user, ThreadId, note), L["NoteAdded"], problem => noteError = problem)) note = string.Empty;
    }

    private async Task SettleAsync(MessageThreadStatus status)
    {
        if (status == MessageThreadStatus.Closed
            && !await ConfirmDialog.AskAsync(Dialogs, L["CloseQuestion"], L["CloseDetail"], L["MarkClosed"], L["CancelButton"]))
        {
            return;
        }
        await ActAsync(user => Inbox.SettleAsync(user, ThreadId, status), L[status == MessageThreadStatus.Closed ? "MarkedClosed" : "MarkedAnswered"]);
    }

    /// <summary>Runs one action; true when it was done. What was typed stays unless it was sent.</summary>
    private async Task<bool> ActAsync(Func<System.Security.Claims.ClaimsPrincipal, Task<InboxActionResult>> action, string done, Action<string?>? showProblem = null)
    {
        if (busy) return false;
        busy = true;
        (replyError, noteError) = (null, null);
        try
        {
            var result = await action((await AuthenticationState).User);
            switch (result)
            {
                case InboxActionResult.Done:
                    Snackbar.AddSuccess(done);
                    await RefreshAsync();
                    return true;
                case InboxActionResult.Invalid invalid:
                    showProblem?.Invoke(L[invalid.Problem.ToString()].Value);
                    focusSummary = true;
                    return false;
                default:
                    Snackbar.Add(L["Gone"], Severity.Warning);
                    await RefreshAsync();
                    return false;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RefreshAsync() => thread = await Inbox.RefreshAsync((await AuthenticationState).User, ThreadId);
}
