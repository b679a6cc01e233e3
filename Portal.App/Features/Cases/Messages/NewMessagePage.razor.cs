using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Domain.Cases;
using Portal.Domain.Documents;
using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Messages;

/// <summary>/messages/new: a message about one of the parent's cases. Nothing typed is lost on an error or a failed save.</summary>
public sealed partial class NewMessagePage
{
    private static readonly MessageTopic[] Topics = Enum.GetValues<MessageTopic>();

    private IReadOnlyList<ParentCase>? cases;
    private string? caseNumber;
    private MessageTopic? topic;
    private string subject = string.Empty;
    private string body = string.Empty;
    private IReadOnlyList<DocumentSummary> documents = [];
    private readonly HashSet<Guid> attached = [];
    private bool uploading;
    private string? caseError, topicError, subjectError, bodyError, attachmentError;
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;

    [Inject] private ParentMessages Messages { get; set; } = default!;
    [Inject] private ParentCaseAccess Access { get; set; } = default!;
    [Inject] private MessageThreads Threads { get; set; } = default!;
    [Inject] private CaseDocuments Documents { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private MudBlazor.ISnackbar Snackbar { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(
        ("message-case", caseError), (TopicId(Topics[0]), topicError), ("message-subject", subjectError), ("message-body", bodyError),
        (MessageAttachments.FileId, attachmentError));

    private CaseNumber? ChosenCase => cases?.FirstOrDefault(c => c.CaseNumber.Digits == caseNumber)?.CaseNumber;

    private static string TopicId(MessageTopic option) => $"message-topic-{option.ToString().ToLowerInvariant()}";

    protected override async Task OnInitializedAsync()
    {
        cases = await Access.ListCasesAsync((await AuthenticationState).User);
        if (cases.Count == 1) caseNumber = cases[0].CaseNumber.Digits;
        await LoadDocumentsAsync();
    }

    /// <summary>Another case: its own documents to choose from, and nothing ticked from the one before.</summary>
    private async Task ChooseCaseAsync(ChangeEventArgs e)
    {
        caseNumber = e.Value?.ToString();
        attached.Clear();
        await LoadDocumentsAsync();
    }

    private async Task LoadDocumentsAsync() =>
        documents = ChosenCase is { } chosen ? await Documents.ListMineAsync((await AuthenticationState).User, chosen, CancellationToken.None) : [];

    private void Toggle((Guid DocumentId, bool Attached) change)
    {
        if (change.Attached) attached.Add(change.DocumentId);
        else attached.Remove(change.DocumentId);
    }

    /// <summary>Uploads a file to the chosen case and ticks it; a refusal is said at the file field, and nothing typed changes.</summary>
    private async Task UploadAsync((DocumentType Type, DocumentUpload File) chosen)
    {
        var (type, upload) = chosen;
        if (ChosenCase is not { } caseNumber || uploading) return;
        uploading = true;
        attachmentError = null;
        try
        {
            switch (await Documents.UploadAsync((await AuthenticationState).User, caseNumber, type, upload, CancellationToken.None))
            {
                case DocumentUploadResult.Uploaded uploaded:
                    attached.Add(uploaded.DocumentId);
                    await LoadDocumentsAsync();
                    Snackbar.AddSuccess(L["Attached", DocumentFileName.Sanitize(upload.FileName)]);
                    break;
                case DocumentUploadResult.Refused refused:
                    attachmentError = DocumentWords.Problem(T, refused.Problem, Documents.MaxFileBytes, upload.FileName);
                    focusSummary = true;
                    break;
            }
        }
        finally
        {
            uploading = false;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task SendAsync()
    {
        if (busy) return;
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                var result = await Messages.StartAsync((await AuthenticationState).User, new NewThreadRequest(caseNumber, topic, subject, body, [.. attached]));
                switch (result)
                {
                    case SendResult.Sent sent:
                        Navigation.NavigateTo($"/messages/{sent.ThreadId}?sent=1");
                        return;
                    case SendResult.Invalid invalid:
                        Show(invalid.Problems);
                        break;
                    case SendResult.NotFound:
                        // The case is no longer theirs (or never was): say so at the case field, keep the words.
                        Show(new Dictionary<MessageField, MessageProblem?> { [MessageField.Case] = null });
                        break;
                }
                focusSummary = true;
            });
        }
        finally
        {
            busy = false;
        }
    }

    private void Show(IReadOnlyDictionary<MessageField, MessageProblem?> problems)
    {
        caseError = problems.ContainsKey(MessageField.Case) ? L["CaseMissing"].Value : null;
        topicError = problems.ContainsKey(MessageField.Topic) ? L["TopicMissing"].Value : null;
        subjectError = problems.TryGetValue(MessageField.Subject, out var s) ? L[s.ToString()!].Value : null;
        bodyError = problems.TryGetValue(MessageField.Body, out var b) ? L[b.ToString()!].Value : null;
        attachmentError = problems.TryGetValue(MessageField.Attachments, out var a) ? L[a.ToString()!, Documents.MaxFilesPerMessage].Value : null;
    }
}
