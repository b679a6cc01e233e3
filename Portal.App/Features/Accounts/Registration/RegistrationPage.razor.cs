using Portal.App.Components.Forms;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Platform.Session;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// The registration wizard, steps 1 to 5. "/register" is step 1 with nothing stored; the first successful match
/// stores a server-side draft (<see cref="RegistrationDrafts"/>) bound to this browser and moves to its own
/// address, "/register/{id}". From then on every step saves the draft before moving on, so a refresh or a new
/// circuit continues where the parent was, in this browser only. A save the database refuses leaves the parent on
/// the same step with everything typed still in memory (<see cref="SaveGuard"/> says to try again).
/// </summary>
public sealed partial class RegistrationPage : IDisposable
{
    // Saves as fields change and saves on Continue can overlap: one at a time, so the last state written is the latest.
    private readonly SemaphoreSlim saving = new(1, 1);
    private const string BrowserKeyState = "registration-browser-key";
    private const string UnstoredFindCaseState = "registration-find-case";
    private RegistrationDraft? draft;
    private bool stored;
    private bool loaded;
    private string? browserKeyHash;
    private PersistingComponentStateSubscription persisting;
    private FindCaseForm findCase = new();
    private FindCaseForm? resumedFindCase;
    private AccountForm account = new();
    private IReadOnlyList<FieldError> accountErrors = [];
    private MatchMessage matchMessage;
    private bool busy;
    private bool focusHeading;
    private bool returnToReview;
    private ElementReference heading;
    private SaveGuard saveGuard = default!;

    [Parameter] public Guid? DraftId { get; set; }

    [CascadingParameter] private HttpContext? HttpContext { get; set; }

    [Inject] private RegistrationDrafts Drafts { get; set; } = default!;
    [Inject] private CaseMatcher Matcher { get; set; } = default!;
    [Inject] private AccountRegistration Registration { get; set; } = default!;
    [Inject] private ClientAddress Client { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private RegistrationBrowserKeys BrowserKeys { get; set; } = default!;
    [Inject] private PersistentComponentState ApplicationState { get; set; } = default!;
    [Inject] private RegistrationBrowser Browser { get; set; } = default!;

    private string StepTitle => draft is null ? "" : L["StepName" + draft.CurrentStep];

    protected override void OnInitialized()
    {
        // A circuit cannot read the browser's cookie: take the key's hash while prerendering over HTTP and carry it
        // into the circuit in persisted state (protected by Data Protection, so the browser cannot forge it). It is
        // persisted again if the circuit is paused, so a resumed circuit keeps it. The draft's own address, reached
        // after the first match, renders the wizard anew in the same circuit without that state: it takes the hash
        // the circuit already holds, so the page is not loaded again and the circuit goes on.
        if (HttpContext is not null) browserKeyHash = BrowserKeys.EnsureKeyHash(HttpContext);
        else if (ApplicationState.TryTakeFromJson<string>(BrowserKeyState, out var persisted) && !string.IsNullOrEmpty(persisted)) browserKeyHash = persisted;
        else browserKeyHash = Browser.KeyHash;
        if (browserKeyHash is null) return;
        Browser.KeyHash = browserKeyHash;
        // Step 1 before its first match has no stored draft yet: a paused or let-go circuit keeps what was typed
        // (never the SSN: draft.FindCaseForm copies everything else) in its persisted state instead.
        if (ApplicationState.TryTakeFromJson<FindCaseForm>(UnstoredFindCaseState, out var typed)) resumedFindCase = typed;
        persisting = ApplicationState.RegisterOnPersisting(() =>
        {
            ApplicationState.PersistAsJson(BrowserKeyState, browserKeyHash);
            if (draft is not null && !stored) ApplicationState.PersistAsJson(UnstoredFindCaseState, draft.FindCaseForm());
            return Task.CompletedTask;
        });
    }

    protected override async Task OnParametersSetAsync()
    {
        if (browserKeyHash is null)
        {
            // Reached by enhanced navigation into a circuit that began on another page, which never received this
            // page's persisted state: a full load starts a circuit of its own that does. Nothing is shown meanwhile.
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true, replace: true);
            return;
        }
        if (DraftId is not { } id)
        {
            // Step 1 of a new registration, kept in the circuit until the first match stores it.
            if (draft is null || stored)
            {
                draft = new RegistrationDraft();
                stored = false;
                findCase = resumedFindCase ?? new FindCaseForm();
                resumedFindCase = null;
                draft.Keep(findCase);
                account = new AccountForm();
            }
            loaded = true;
            return;
        }
        if (draft?.Id == id) return;
        draft = await Drafts.LoadAsync(id, browserKeyHash, CancellationToken.None);
        stored = draft is not null;
        loaded = true;
        if (draft is null) return;
        draft.CurrentStep = draft.Progress.Resume(draft.CurrentStep);
        findCase = draft.FindCaseForm();
        account = AccountForm.From(draft);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusHeading)
        {
            focusHeading = false;
            await heading.FocusAsync();
        }
    }

    private async Task KeepTypedAsync(FindCaseForm form)
    {
        draft!.Keep(form);
        await SaveDraftAsync();
    }

    private async Task KeepAccountAsync(AccountForm form)
    {
        form.CopyTo(draft!);
        await SaveDraftAsync();
    }

    private async Task FindAsync(FindCaseForm form)
    {
        if (busy) return;
        busy = true;
        matchMessage = MatchMessage.None;
        try
        {
            draft!.Keep(form);
            // The matcher records failed attempts: refused, it leaves everything typed, the SSN too.
            CaseMatchResult? outcome = null;
            if (!await saveGuard.TrySaveAsync(async () => outcome = await Matcher.MatchAsync(form.ToRequest(Portal.Domain.ArizonaTime.Today(Time)), Client.Value, CancellationToken.None))) return;
            switch (outcome)
            {
                case CaseMatchResult.Matched matched:
                    // A different parent than before: what they chose for the account no longer applies.
                    if (draft!.PersonId is not null && draft.PersonId != matched.Parent.PersonId)
                    {
                        draft.Email = draft.ConfirmEmail = draft.UserName = null;
                        draft.PreferredContact = null;
                        draft.TermsAcceptedAt = null;
                        draft.CreatedUserId = null;
                    }
                    draft!.RecordMatch(matched.Parent);
                    account = AccountForm.From(draft);
                    if (await MoveOnFromAsync(RegistrationStep.FindCase)) form.Ssn = null; // no longer needed
                    return;
                case CaseMatchResult.NonIvDCase:
                    matchMessage = MatchMessage.ClerkOfCourt;
                    break;
                default:
                    matchMessage = MatchMessage.NoMatch;
                    break;
            }
            // Never echo the SSN back after a failed match.
            form.Ssn = null;
            draft!.ClearMatch();
            await SaveDraftAsync();
        }
        finally
        {
            busy = false;
        }
    }

    private async Task SaveAccountAsync(AccountForm form)
    {
        form.CopyTo(draft!);
        accountErrors = [];
        await MoveOnFromAsync(RegistrationStep.Account);
    }

    private async Task BackFromAccountAsync(AccountForm form)
    {
        form.CopyTo(draft!);
        await GoToAsync(RegistrationStep.FindCase);
    }

    private async Task AcceptTermsAsync()
    {
        draft!.TermsAcceptedAt ??= Time.GetUtcNow();
        await MoveOnFromAsync(RegistrationStep.Terms);
    }

    private async Task ChangeAsync(RegistrationStep step)
    {
        returnToReview = true;
        if (!await GoToAsync(step)) returnToReview = false;
    }

    private async Task<bool> GoToAsync(RegistrationStep step)
    {
        matchMessage = MatchMessage.None;
        return await MoveToAsync(step);
    }

    /// <summary>Saves the draft at <paramref name="step"/> and shows it; false (still on the step it was) when the save was refused.</summary>
    private async Task<bool> MoveToAsync(RegistrationStep step)
    {
        var from = draft!.CurrentStep;
        draft.CurrentStep = step;
        if (!await SaveDraftAsync())
        {
            draft.CurrentStep = from;
            return false;
        }
        if (step == RegistrationStep.Review) returnToReview = false;
        focusHeading = true;
        return true;
    }

    private Task<bool> MoveOnFromAsync(RegistrationStep completed) => MoveToAsync(draft!.Progress.After(completed, returnToReview));

    private async Task CreateAccountAsync()
    {
        if (busy || draft?.MatchedParent() is not { } parent || draft.Email is null || draft.UserName is null || draft.PreferredContact is not { } contact) return;
        busy = true;
        StateHasChanged();
        try
        {
            AccountCreationResult? outcome = null;
            if (!await saveGuard.TrySaveAsync(async () => outcome = await Registration.CreateAsync(
                new NewAccount(draft.Id, parent, draft.Email, draft.UserName, contact, CultureInfo.CurrentUICulture.Name),
                Client.Value, new Uri(Navigation.BaseUri), CancellationToken.None))) return;
            switch (outcome)
            {
                case AccountCreationResult.Created created:
                    draft.CreatedUserId = created.UserId;
                    await MoveOnFromAsync(RegistrationStep.Review);
                    break;
                case AccountCreationResult.EmailOwnerNotified:
                    // The same page as a new account: whether an address has an account is told only to its owner.
                    await MoveOnFromAsync(RegistrationStep.Review);
                    break;
                case AccountCreationResult.TooManyUserNameChecks:
                    accountErrors = [new(AccountFields.UserName, L["UserNameChecksLimited"])];
                    account = AccountForm.From(draft);
                    returnToReview = true;
                    await MoveToAsync(RegistrationStep.Account);
                    break;
                case AccountCreationResult.Rejected rejected:
                    accountErrors = rejected.Problems.Select(ToFieldError).ToList();
                    account = AccountForm.From(draft);
                    returnToReview = true;
                    await MoveToAsync(RegistrationStep.Account);
                    break;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private FieldError ToFieldError(AccountProblem problem) => problem switch
    {
        AccountProblem.UserNameTaken => new(AccountFields.UserName, L["UserNameTaken"]),
        AccountProblem.UserNameNotAllowed => new(AccountFields.UserName, L["UserNameCharacters"]),
        _ => new(AccountFields.Email, L["EmailInvalid"]),
    };

    // Also what typing saves as it goes: refused, the form in memory is untouched and the page says to try again.
    private async Task<bool> SaveDraftAsync()
    {
        await saving.WaitAsync();
        try
        {
            return await saveGuard.TrySaveAsync(async () =>
            {
                if (stored)
                {
                    await Drafts.SaveAsync(draft!, CancellationToken.None);
                }
                else if (draft!.IsMatched && browserKeyHash is not null)
                {
                    // The first successful match: only now is the draft stored (a bare visit to /register writes
                    // nothing), bound to this browser, and the address becomes the draft's own so a refresh finds it.
                    draft = await Drafts.CreateAsync(draft, browserKeyHash, CancellationToken.None);
                    stored = true;
                    Navigation.NavigateTo($"register/{draft.Id}", replace: true);
                }
            });
        }
        finally
        {
            saving.Release();
        }
    }

    public void Dispose()
    {
        persisting.Dispose();
        saving.Dispose();
    }
}
