using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.Domain.Applications;
using Portal.Domain.Documents;

namespace Portal.App.Features.Applications;

/// <summary>
/// /apply/{section}: one section of the application. Every answer is saved to the server as it changes, so a refresh, a
/// lost connection or another device finds it; "Save and continue" checks the section and returns to the task list. The
/// declaration shows every answer, then signs and submits. Documents are uploaded with it, or promised for later. Nothing
/// typed is lost on an error.
/// </summary>
public sealed partial class ApplySectionPage
{
    private ApplicationSession? session;
    private MailingAddressDraft address = new();
    private readonly ApplicationSignatureEntry signature = new();
    private string? incomeText;
    private IReadOnlyList<ApplicationProblem> problems = [];
    private IReadOnlyList<FieldError> documentErrors = [];
    private DocumentType? documentType;
    private IBrowserFile? documentFile;
    private int fileInputKey;
    private string? notice;
    private bool loading = true;
    private bool busy;
    private bool saved;
    private bool focusSummary;
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;

    [Parameter] public string Slug { get; set; } = string.Empty;

    [Inject] private ApplicantApplications Applications { get; set; } = default!;
    [Inject] private IStringLocalizer<ContactFieldText> ContactText { get; set; } = default!;
    [Inject] private IStringLocalizer<DocumentText> T { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private ApplicationSection? Section => ApplicationLinks.FromSlug(Slug);

    private string Title => Section is { } section ? A[$"Section_{section}"] : L["Title"];

    private ApplicationAnswers Answers => session!.Answers;

    private IReadOnlyList<FieldError> Errors => [.. problems.Select(p => new FieldError(p.Field, Message(p))), .. documentErrors];

    protected override async Task OnInitializedAsync()
    {
        session = await Applications.OpenAsync((await AuthenticationState).User);
        if (session is not null)
        {
            var a = session.Answers;
            address = new MailingAddressDraft { Line1 = a.Line1, Line2 = a.Line2, City = a.City, State = a.State, Zip = a.Zip };
            incomeText = a.MonthlyIncome?.ToString("0.00", CultureInfo.CurrentCulture);
            if (Section == ApplicationSection.Children && a.Children.Count == 0) a.Children.Add(new ApplicationChild());
        }
        loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    /// <summary>One answer changed: kept, and saved at once.</summary>
    private async Task ChangeAsync(Action apply)
    {
        apply();
        await SaveAsync();
    }

    private Task SaveAddressAsync() => SaveAsync();

    private Task AddChildAsync() => ChangeAsync(() => Answers.Children.Add(new ApplicationChild()));

    private Task ChangeIncomeAsync(string? text)
    {
        incomeText = text;
        return ChangeAsync(() => Answers.MonthlyIncome = decimal.TryParse(text, NumberStyles.Currency, CultureInfo.CurrentCulture, out var income) ? income
            : string.IsNullOrWhiteSpace(text) ? null : -1m);
    }

    private void ToggleService(SupportService service, bool chosen)
    {
        Answers.Services.Remove(service);
        if (chosen) Answers.Services.Add(service);
    }

    private async Task SaveAsync()
    {
        if (session is null) return;
        notice = null;
        CopyAddress();
        var user = (await AuthenticationState).User;
        var typedSsn = session.TypedSsn;
        await saveGuard.TrySaveAsync(async () =>
        {
            saved = await Applications.SaveAsync(user, session);
            // An SSN that is not one is kept as typed and said at its field; everything else was saved.
            if (!saved && !string.IsNullOrWhiteSpace(typedSsn)) problems = [new("ssn", "SsnInvalid")];
            else if (saved && problems.Any(p => p.Field == "ssn")) problems = [.. problems.Where(p => p.Field != "ssn")];
        });
    }

    private async Task ContinueAsync()
    {
        if (session is null || Section is not { } section || busy) return;
        busy = true;
        try
        {
            await SaveAsync();
            documentErrors = [];
            if (section == ApplicationSection.Declaration)
            {
                await SubmitAsync();
                return;
            }
            problems = [.. (problems.Any(p => p.Field == "ssn") ? problems.Where(p => p.Field == "ssn") : []),
                .. ApplicationSections.Problems(section, Answers, session.Today)];
            if (problems.Count > 0)
            {
                focusSummary = true;
                return;
            }
            Navigation.NavigateTo(ApplicationLinks.TaskList);
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>Sends the chosen file with the application: checked, stored encrypted and scanned; the choices start again once it is in.</summary>
    private async Task UploadDocumentAsync()
    {
        if (session is null || busy) return;
        documentErrors = FieldErrors.Collect(
            (DocumentFileFields.TypeId, documentType is null ? T["Problem_NoDocumentType"].Value : null),
            (DocumentFileFields.FileId, documentFile is null ? T["Problem_NoFile"].Value : null));
        focusSummary = documentErrors.Count > 0;
        if (documentErrors.Count > 0 || documentType is not { } type || documentFile is not { } file) return;
        busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            await saveGuard.TrySaveAsync(async () =>
            {
                switch (await Applications.UploadDocumentAsync(user, session, type, new DocumentUpload(file.Name, file.Size, max => file.OpenReadStream(max))))
                {
                    case DocumentUploadResult.Uploaded:
                        notice = L["DocumentUploaded", DocumentFileName.Sanitize(file.Name)];
                        (documentType, documentFile) = (null, null);
                        fileInputKey++;
                        break;
                    case DocumentUploadResult.Refused refused:
                        var field = refused.Problem == DocumentProblem.NoDocumentType ? DocumentFileFields.TypeId : DocumentFileFields.FileId;
                        documentErrors = [new(field, DocumentWords.Problem(T, refused.Problem, Applications.MaxDocumentBytes, file.Name))];
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

    private async Task RemoveDocumentAsync(Guid documentId)
    {
        if (session is null || busy) return;
        var name = session.Documents.FirstOrDefault(d => d.Id == documentId)?.FileName;
        busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            await saveGuard.TrySaveAsync(async () =>
            {
                if (await Applications.RemoveDocumentAsync(user, session, documentId)) notice = L["DocumentRemoved", name ?? ""];
            });
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SubmitAsync()
    {
        var user = (await AuthenticationState).User;
        await saveGuard.TrySaveAsync(async () =>
        {
            switch (await Applications.SubmitAsync(user, session!, signature, new Uri(Navigation.BaseUri)))
            {
                case ApplicationSubmitResult.Submitted:
                    Navigation.NavigateTo(ApplicationLinks.TaskList);
                    return;
                case ApplicationSubmitResult.Invalid { Section: { } failing }:
                    // A section no longer passes: to that section, where its messages are shown.
                    Navigation.NavigateTo(ApplicationLinks.Section(failing));
                    return;
                case ApplicationSubmitResult.Invalid invalid:
                    problems = invalid.Problems;
                    break;
                case ApplicationSubmitResult.NotAvailable:
                    problems = [new("consent", "NotAvailable")];
                    break;
            }
            focusSummary = true;
        });
    }

    private void CopyAddress()
    {
        if (Section != ApplicationSection.AboutYou || session is null) return;
        (Answers.Line1, Answers.Line2, Answers.City, Answers.State, Answers.Zip) = (address.Line1, address.Line2, address.City, address.State, address.Zip);
    }

    private string Message(ApplicationProblem problem) => problem.Field.StartsWith("address-", StringComparison.Ordinal) && problem.Message != "AddressIncomplete"
        ? ContactText[problem.Message]
        : L[$"Problem_{problem.Message}", ApplicationSections.MaxNameLength, ApplicationSections.MaxTextLength, ApplicationSections.MaxChildren];

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string RadioId<T>(string name, T option) => $"{name}-{option!.ToString()!.ToLowerInvariant()}";
}
