using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Forms;

/// <summary>
/// /forms/fill/{kind}?case=…: a form's wizard. Every change is saved to the parent's draft as they go, so a refresh, a
/// lost connection or another device resumes here; each page is checked before the next, and everything again on the
/// server when they sign. Nothing typed is lost on an error.
/// </summary>
public sealed partial class FillFormPage
{
    private static readonly string[] CommonConsequences = ["Consequence_Decides", "Consequence_StateArrears", "Consequence_OrderStands", "Consequence_ApplyAgain"];

    private FormSession? session;
    private MailingAddressDraft address = new();
    private FormSignatureEntry signature = new();
    private string? extraText;
    private IReadOnlyList<FormProblem> problems = [];
    private string? formError;
    private bool loading = true;
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;

    [Parameter] public string Slug { get; set; } = string.Empty;
    [SupplyParameterFromQuery(Name = "case")] public string? CaseNumber { get; set; }

    [Inject] private ParentForms Forms { get; set; } = default!;
    [Inject] private FormSummary Summary { get; set; } = default!;
    [Inject] private IStringLocalizer<ContactFieldText> ContactText { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private FormKind? Kind => FormSteps.FromSlug(Slug);

    private string Title => Kind is { } kind ? F[$"FormKind_{kind}"] : L["Title"];

    private IEnumerable<string> ConsequenceKeys =>
        session?.Role == Portal.Domain.Cases.ParticipantRole.NonCustodialParent
            ? [.. CommonConsequences, "Consequence_PayingParent"]
            : [.. CommonConsequences, "Consequence_ReceivingParent"];

    private IReadOnlyList<FieldError> Errors =>
        [.. (formError is null ? [] : new[] { new FieldError("form-problem", formError) }), .. problems.Select(p => new FieldError(FieldId(p.Field), Message(p)))];

    private string? AccountLast4 => session?.Kind switch
    {
        FormKind.PaymentAuthorization when BankAccountNumber.IsValid(session.AccountNumber) => BankAccountNumber.Last4(BankAccountNumber.Tidy(session.AccountNumber)),
        FormKind.PaymentAuthorizationRevocation => session.Authorizations.FirstOrDefault(a => a.Id == session.Answers.AuthorizationId)?.AccountLast4,
        _ => null,
    };

    protected override async Task OnInitializedAsync()
    {
        if (Kind is { } kind) session = await Forms.OpenAsync((await AuthenticationState).User, kind, CaseNumber);
        if (session is not null)
        {
            var answers = session.Answers;
            address = new MailingAddressDraft { Line1 = answers.Line1, Line2 = answers.Line2, City = answers.City, State = answers.State, Zip = answers.Zip };
            extraText = answers.ExtraPerDebit?.ToString("0.00", CultureInfo.CurrentCulture);
        }
        loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    /// <summary>One answer changed: kept, and saved to the draft at once.</summary>
    private async Task ChangeAsync(Action apply)
    {
        apply();
        await SaveAsync();
    }

    private Task ChangeExtraAsync(string? text)
    {
        extraText = text;
        return ChangeAsync(() => session!.Answers.ExtraPerDebit = decimal.TryParse(text, NumberStyles.Currency, CultureInfo.CurrentCulture, out var extra) ? extra
            : string.IsNullOrWhiteSpace(text) ? null : -1m);
    }

    private Task ChangeFirstDebitAsync(string? text) =>
        ChangeAsync(() => session!.Answers.FirstDebitOn = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    private async Task SaveAsync()
    {
        if (session is null) return;
        CopyAddress();
        if (session.Kind == FormKind.PaymentAuthorizationRevocation)
        {
            session.Answers.AuthorizationReference = session.Authorizations.FirstOrDefault(a => a.Id == session.Answers.AuthorizationId)?.Reference;
        }
        var user = (await AuthenticationState).User;
        await saveGuard.TrySaveAsync(() => Forms.SaveDraftAsync(user, session));
    }

    private async Task ContinueAsync()
    {
        if (session is null || busy) return;
        busy = true;
        try
        {
            formError = null;
            CopyAddress();
            if (session.Step == FormStep.Sign)
            {
                await SignAsync();
                return;
            }
            problems = FormChecks.Step(session.Step, session);
            if (problems.Count > 0)
            {
                focusSummary = true;
                return;
            }
            session.StepIndex++;
            await SaveAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SignAsync()
    {
        var user = (await AuthenticationState).User;
        await saveGuard.TrySaveAsync(async () =>
        {
            switch (await Forms.SubmitAsync(user, session!, signature, new Uri(Navigation.BaseUri)))
            {
                case FormSubmitResult.Submitted submitted:
                    Navigation.NavigateTo($"{FormLinks.Form(submitted.FormId)}?signed=1");
                    return;
                case FormSubmitResult.Invalid invalid:
                    // A page's answer no longer passes (the case changed meanwhile): back to that page, with its message.
                    var failing = session!.Steps.FirstOrDefault(step => FormChecks.Step(step, session).Count > 0, FormStep.Sign);
                    session.StepIndex = session.Steps.ToList().IndexOf(failing);
                    problems = invalid.Problems;
                    break;
                case FormSubmitResult.NotAvailable:
                    formError = L["NoLongerAvailable"];
                    break;
            }
            focusSummary = true;
        });
    }

    private async Task BackAsync()
    {
        if (session is null || session.StepIndex == 0) return;
        problems = [];
        session.StepIndex--;
        await SaveAsync();
    }

    private async Task GoToAsync(FormStep step)
    {
        if (session is null) return;
        problems = [];
        session.StepIndex = session.Steps.ToList().IndexOf(step);
        await SaveAsync();
    }

    private async Task DiscardAsync()
    {
        if (session is null || !await ConfirmDialog.AskAsync(Dialogs, L["DiscardQuestion"], L["DiscardDetail"], L["DiscardConfirm"], L["DiscardCancel"])) return;
        await Forms.DiscardAsync((await AuthenticationState).User, session.Kind, session.CaseNumber);
        Navigation.NavigateTo(FormLinks.List);
    }

    private void CopyAddress()
    {
        if (session?.Kind != FormKind.AddressChange) return;
        var answers = session.Answers;
        (answers.Line1, answers.Line2, answers.City, answers.State, answers.Zip) = (address.Line1, address.Line2, address.City, address.State, address.Zip);
    }

    private string Message(FormProblem problem) => problem.Field.StartsWith("address-", StringComparison.Ordinal)
        ? ContactText[problem.Message]
        : L[problem.Message, PaymentAuthorizationRules.MaxExtraPerDebit.ToString(CultureInfo.CurrentCulture),
            FormWords.Date(F, PaymentAuthorizationRules.EarliestStart(session!.Today)), FormWords.Date(F, PaymentAuthorizationRules.LatestStart(session.Today))];

    private string FrequencyLabel(DebitFrequency frequency) => session?.MonthlyOrder is { } monthly
        ? L["FrequencyOption", F[$"Frequency_{frequency}"], DebitSchedule.AmountFor(monthly, frequency).ToString(CultureInfo.CurrentCulture)]
        : F[$"Frequency_{frequency}"];

    // A radio group's message sits on its fieldset, whose id is its first option's (where the summary's link lands).
    private string FieldId(string field) => field switch
    {
        FormFields.Reason when session is { Reasons.Count: > 0 } => ReasonId(session.Reasons[0]),
        FormFields.AccountType => AccountTypeId(BankAccountType.Checking),
        FormFields.Frequency => FrequencyId(DebitFrequency.Monthly),
        FormFields.Authorization => AuthorizationId(session is { Authorizations.Count: > 0 } ? session.Authorizations[0].Id : null),
        _ => field,
    };

    private static string ReasonId(CaseClosureReason reason) => $"reason-{reason.ToString().ToLowerInvariant()}";

    private static string AccountTypeId(BankAccountType type) => $"account-type-{type.ToString().ToLowerInvariant()}";

    private static string FrequencyId(DebitFrequency frequency) => $"frequency-{frequency.ToString().ToLowerInvariant()}";

    private static string AuthorizationId(Guid? id) => $"authorization-{id:N}";
}
