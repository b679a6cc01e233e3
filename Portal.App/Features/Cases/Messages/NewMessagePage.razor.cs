using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Messages;
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
    private string? caseError, topicError, subjectError, bodyError;
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;

    [Inject] private ParentMessages Messages { get; set; } = default!;
    [Inject] private ParentCaseAccess Access { get; set; } = default!;
    [Inject] private MessageThreads Threads { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(
        ("message-case", caseError), (TopicId(Topics[0]), topicError), ("message-subject", subjectError), ("message-body", bodyError));

    private static string TopicId(MessageTopic option) => $"message-topic-{option.ToString().ToLowerInvariant()}";

    protected override async Task OnInitializedAsync()
    {
        cases = await Access.ListCasesAsync((await AuthenticationState).User);
        if (cases.Count == 1) caseNumber = cases[0].CaseNumber.Digits;
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
                var result = await Messages.StartAsync((await AuthenticationState).User, new NewThreadRequest(caseNumber, topic, subject, body));
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
    }
}
