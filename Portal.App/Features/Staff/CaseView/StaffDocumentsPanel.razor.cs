using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>The staff case page's documents: list, scan status (a warning for a file no scanner saw), download, accept, and "not accepted" with a reason.</summary>
public sealed partial class StaffDocumentsPanel
{
    [Inject] private StaffDocuments Documents { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<StaffText> L { get; set; } = default!;
    [Inject] private IStringLocalizer<DocumentText> T { get; set; } = default!;
    [Inject] private IStringLocalizer<DashboardText> D { get; set; } = default!;

    [Parameter, EditorRequired] public CaseNumber CaseNumber { get; set; }
    [Parameter, EditorRequired] public IReadOnlyList<StaffParticipant> Participants { get; set; } = [];
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private IReadOnlyList<StaffDocumentRow>? rows;
    private readonly Dictionary<Guid, string?> reasons = [];
    private IReadOnlyList<FieldError> errors = [];
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;
    private string? refusal;
    private bool focusSummary;
    private bool busy;

    private CaseNumber? loadedFor;

    // The page re-renders after each of its own actions: the list is read again only for another case.
    protected override async Task OnParametersSetAsync()
    {
        if (loadedFor == CaseNumber) return;
        loadedFor = CaseNumber;
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task LoadAsync()
    {
        rows = await Documents.ListForCaseAsync(await UserAsync(), CaseNumber);
        foreach (var row in rows) reasons.TryAdd(row.Document.Id, null);
    }

    private string SenderOf(StaffDocumentRow row) =>
        row.UploaderPersonId is null ? L["DocumentSentByStaff"] : Participants.FirstOrDefault(p => p.PersonId == row.UploaderPersonId)?.FullName ?? row.UploaderPersonId;

    private async Task ScanAgainAsync(DocumentSummary document)
    {
        if (busy) return;
        busy = true;
        try
        {
            var status = await Documents.ScanAgainAsync(await UserAsync(), CaseNumber, document.Id);
            refusal = status == DocumentScanStatus.AwaitingScan ? L["ScanStillWaiting"].Value : null;
            await LoadAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private Task AcceptAsync(DocumentSummary document) => ReviewAsync(user => Documents.AcceptAsync(user, CaseNumber, document.Id), null);

    private Task RejectAsync(DocumentSummary document, string reasonId) =>
        ReviewAsync(user => Documents.RejectAsync(user, CaseNumber, document.Id, reasons.GetValueOrDefault(document.Id)), reasonId);

    private async Task ReviewAsync(Func<ClaimsPrincipal, Task<DocumentReviewResult>> review, string? reasonId)
    {
        if (busy) return;
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                var outcome = await review(await UserAsync());
                refusal = null;
                errors = outcome switch
                {
                    DocumentReviewResult.ReasonMissing => [new FieldError(reasonId!, L["DocumentProblem_ReasonMissing"])],
                    DocumentReviewResult.ReasonTooLong => [new FieldError(reasonId!, L["DocumentProblem_ReasonTooLong", StaffDocuments.ReasonMaxLength])],
                    _ => [],
                };
                focusSummary = errors.Count > 0;
                if (outcome is DocumentReviewResult.NotFound or DocumentReviewResult.NotReviewable)
                {
                    // Nothing to fix in a field: the document changed under the page. Said in the panel, and the list read again.
                    refusal = L[$"DocumentProblem_{outcome}"];
                    await LoadAsync();
                    return;
                }
                if (errors.Count > 0) return;
                Snackbar.AddSuccess(outcome == DocumentReviewResult.Accepted ? L["DocumentAcceptedNotice"] : L["DocumentNotAcceptedNotice"]);
                await LoadAsync();
            });
        }
        finally
        {
            busy = false;
        }
    }

    private async Task<ClaimsPrincipal> UserAsync() => AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
}
