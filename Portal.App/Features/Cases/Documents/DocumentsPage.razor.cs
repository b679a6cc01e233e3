using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.Domain.Cases;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Documents;

/// <summary>
/// A parent's documents: send one to a case (kind and file; every refusal said at its field, the case and kind kept),
/// and the list of what they sent, with where each stands and a download once it is scanned clean.
/// </summary>
public sealed partial class DocumentsPage
{
    private const string CaseField = "document-case";
    private const string TypeField = DocumentFileFields.TypeId;
    private const string FileField = DocumentFileFields.FileId;

    [Inject] private ParentCaseAccess Access { get; set; } = default!;
    [Inject] private CaseDocuments Documents { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<DocumentsText> L { get; set; } = default!;
    [Inject] private IStringLocalizer<DocumentText> T { get; set; } = default!;
    [Inject] private IStringLocalizer<DashboardText> D { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private ClaimsPrincipal user = new();
    private IReadOnlyList<ParentCase>? cases;
    private IReadOnlyList<DocumentSummary> documents = [];
    private string? caseDigits;
    private DocumentType? type;
    private IBrowserFile? file;
    private int fileInputKey;
    private IReadOnlyList<FieldError> errors = [];
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;
    private bool focusSummary;
    private bool busy;

    protected override async Task OnInitializedAsync()
    {
        user = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        cases = await Access.ListCasesAsync(user);
        caseDigits = cases.Count > 0 ? cases[0].CaseNumber.Digits : null;
        documents = await Documents.ListMineAsync(user, null, CancellationToken.None);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private void OnFileChosen(InputFileChangeEventArgs e) => file = e.File;

    private async Task UploadAsync()
    {
        if (busy) return;
        // The selector's value comes from the browser: checked like an address typed by hand.
        var chosenCase = cases?.FirstOrDefault(c => c.CaseNumber.Digits == caseDigits)?.CaseNumber;
        errors = FieldErrors.Collect(
            (CaseField, chosenCase is null ? T["Problem_NotOnCase"].Value : null),
            (TypeField, type is null ? T["Problem_NoDocumentType"].Value : null),
            (FileField, file is null ? T["Problem_NoFile"].Value : null));
        focusSummary = errors.Count > 0;
        if (errors.Count > 0 || chosenCase is not { } caseNumber || type is not { } documentType || file is not { } chosen) return;

        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                var upload = new DocumentUpload(chosen.Name, chosen.Size, max => chosen.OpenReadStream(max));
                switch (await Documents.UploadAsync(user, caseNumber, documentType, upload, CancellationToken.None))
                {
                    case DocumentUploadResult.Uploaded:
                        Snackbar.AddSuccess(L["Uploaded", DocumentFileName.Sanitize(chosen.Name)]);
                        // The case stays chosen for the next one; the kind and the file start again.
                        type = null;
                        file = null;
                        fileInputKey++;
                        documents = await Documents.ListMineAsync(user, null, CancellationToken.None);
                        break;
                    case DocumentUploadResult.Refused refused:
                        errors = [new FieldError(FieldOf(refused.Problem), DocumentWords.Problem(T, refused.Problem, Documents.MaxFileBytes, chosen.Name))];
                        focusSummary = true;
                        break;
                }
            });
        }
        finally
        {
            busy = false;
        }
    }

    private static string FieldOf(DocumentProblem problem) => problem switch
    {
        DocumentProblem.NotOnCase => CaseField,
        DocumentProblem.NoDocumentType => TypeField,
        _ => FileField,
    };

    private static Color ColorOf(DocumentSummary document) => document switch
    {
        { Scan: DocumentScanStatus.AwaitingScan } => Color.Default,
        { Review: DocumentReviewStatus.Accepted } => Color.Success,
        { Review: DocumentReviewStatus.NotAccepted } => Color.Error,
        _ => Color.Info,
    };
}
