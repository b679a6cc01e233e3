using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.Domain;

namespace Portal.App.Features.Staff.Forms;

/// <summary>
/// /staff/forms/{id}: one signed form: its answers, history and signature record, the PDF, assigning it, moving its
/// status (not approved with a reason the parent reads) and revealing an authorization's account number for a reason.
/// Opening it is audited; what the page does afterwards refreshes it without a second "opened" entry.
/// </summary>
public sealed partial class StaffFormPage
{
    private StaffFormView? view;
    private IReadOnlyList<Caseworker> caseworkers = [];
    private bool loading = true;
    private string? assignee;
    private string notApprovedReason = string.Empty;
    private string? revealReason;
    private string? revealed;
    private string? reasonError, revealError;
    private string? announcement;
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;

    [Parameter] public Guid FormId { get; set; }

    [Inject] private StaffForms Forms { get; set; } = default!;
    [Inject] private StaffDirectory Directory { get; set; } = default!;
    [Inject] private FormUpdates Updates { get; set; } = default!;
    [Inject] private IStringLocalizer<SignedFormText> F { get; set; } = default!;
    [Inject] private IStringLocalizer<StaffText> S { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(("reveal-reason", revealError), ("not-approved-reason", reasonError));

    private string Title => view is null ? L["FormTitle"] : L["FormHeading", F[$"FormKind_{view.Form.Kind}"], view.Form.Reference];

    protected override async Task OnParametersSetAsync()
    {
        // Opened (and audited) once the page is live, never while prerendering: the form is not in the first HTML.
        if (!RendererInfo.IsInteractive) return;
        var user = (await AuthenticationState).User;
        view = await Forms.OpenAsync(user, FormId);
        caseworkers = await Directory.CaseworkersAsync(user);
        assignee = view?.AssignedToUserId;
        loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private string DateTime(DateTimeOffset instant) => ArizonaTime.From(instant).ToString(S["DateTimeFormat"], CultureInfo.CurrentCulture);

    // Another caseworker, or the case system for an address change, moved the form: show it and say so.
    private async Task OnUpdateAsync(FormUpdate update)
    {
        if (update.FormId != FormId || busy || view is null) return;
        var before = view.Form.Status;
        await RefreshAsync();
        if (view is not null && view.Form.Status != before) announcement = L["StatusNow", F[$"FormStatus_{view.Form.Status}"]];
    }

    private async Task AssignAsync() => await ActAsync(user => Forms.AssignAsync(user, FormId, string.IsNullOrEmpty(assignee) ? null : assignee), L["Assigned"]);

    private async Task MarkInReviewAsync() => await ActAsync(user => Forms.MarkInReviewAsync(user, FormId), null);

    private async Task CompleteAsync()
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, L["CompleteQuestion"], L["CompleteDetail"], L["Complete"], S["CancelButton"])) return;
        await ActAsync(user => Forms.CompleteAsync(user, FormId), null);
    }

    private async Task NotApproveAsync()
    {
        if (await ActAsync(user => Forms.NotApproveAsync(user, FormId, notApprovedReason), null, "not-approved-reason")) notApprovedReason = string.Empty;
    }

    private async Task RevealAsync()
    {
        if (busy) return;
        busy = true;
        (reasonError, revealError) = (null, null);
        try
        {
            switch (await Forms.RevealAccountAsync((await AuthenticationState).User, FormId, revealReason))
            {
                case StaffFormResult.Revealed shown:
                    revealed = shown.AccountNumber;
                    revealReason = null;
                    break;
                case var refused:
                    revealError = Problem(refused);
                    focusSummary = revealError is not null;
                    break;
            }
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>Runs one action; true when it was done. A reason typed stays unless the action used it.</summary>
    private async Task<bool> ActAsync(Func<ClaimsPrincipal, Task<StaffFormResult>> action, string? done, string? reasonField = null)
    {
        if (busy) return false;
        busy = true;
        (reasonError, revealError) = (null, null);
        try
        {
            var before = view?.Form.Status;
            var result = await action((await AuthenticationState).User);
            if (result is StaffFormResult.Done)
            {
                await RefreshAsync();
                if (view is not null && view.Form.Status != before)
                {
                    // Said twice on purpose: the snackbar for eyes, the page's live region for screen readers.
                    announcement = L["StatusNow", F[$"FormStatus_{view.Form.Status}"]];
                    Snackbar.AddSuccess(announcement);
                }
                else if (done is not null)
                {
                    Snackbar.AddSuccess(done);
                }
                return true;
            }
            if (reasonField is not null && result is StaffFormResult.ReasonMissing or StaffFormResult.ReasonTooLong)
            {
                reasonError = Problem(result);
                focusSummary = true;
                return false;
            }
            // The form changed under the page (decided by someone else, or gone): said, and shown as it is now.
            Snackbar.Add(L[result is StaffFormResult.NotFound ? "Gone" : "NotAllowed"], Severity.Warning);
            await RefreshAsync();
            return false;
        }
        finally
        {
            busy = false;
        }
    }

    private string? Problem(StaffFormResult result) => result switch
    {
        StaffFormResult.ReasonMissing => L["ReasonMissing"].Value,
        StaffFormResult.ReasonTooLong => L["ReasonTooLong", StaffForms.ReasonMaxLength].Value,
        StaffFormResult.NotAllowed => L["NotAllowed"].Value,
        StaffFormResult.NotFound => L["Gone"].Value,
        _ => null,
    };

    private async Task RefreshAsync()
    {
        view = await Forms.RefreshAsync((await AuthenticationState).User, FormId);
        assignee = view?.AssignedToUserId;
    }
}
