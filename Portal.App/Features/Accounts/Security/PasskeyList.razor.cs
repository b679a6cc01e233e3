using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Security;

public sealed partial class PasskeyList
{
    private IReadOnlyList<PasskeySummary>? passkeys;
    private bool? supported; // null until the browser has said
    private string name = string.Empty;
    private string newName = string.Empty;
    private PasskeySummary? renaming;
    private IReadOnlyList<FieldError> addErrors = [];
    private IReadOnlyList<FieldError> errors = [];
    private Func<Task>? pending; // the change waiting for the password (recent sign-in rule)
    private string? outcome;
    private string? problem; // shown as an alert: the passkey was not made, or is gone
    private bool busy;
    private bool focusSummary;
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Where the page sends a browser whose session ended here (locked out, or over).</summary>
    [Parameter, EditorRequired] public EventCallback<PasswordConfirmResult> SessionEnded { get; set; }

    protected override async Task OnInitializedAsync() => passkeys = await Passkeys.ListAsync(await UserAsync());

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            supported = await JS.InvokeAsync<bool>("portalPasskeys.supported");
            StateHasChanged();
        }
        else if (focusSummary && summary is not null)
        {
            focusSummary = false;
            await summary.FocusAsync();
        }
    }

    private async Task AddAsync()
    {
        problem = null;
        addErrors = NameErrors("passkey-name", name);
        focusSummary = addErrors.Count > 0;
        if (addErrors.Count == 0) await WithRecentSignInAsync(RegisterAsync);
    }

    // The browser makes the passkey (the person at their authenticator), and posts it over HTTP with its name.
    private async Task RegisterAsync()
    {
        var added = PasskeyName.Normalise(name);
        var result = await JS.InvokeAsync<string>("portalPasskeys.register", added);
        switch (result)
        {
            case "added":
                name = string.Empty;
                await ReloadAsync(L["PasskeyAddedOutcome", added]);
                break;
            case "recent-sign-in":
                pending = RegisterAsync; // the window passed while the person was at their authenticator
                break;
            case "cancelled":
                problem = L["PasskeyCancelled"];
                break;
            default:
                problem = L["PasskeyNotAdded"];
                break;
        }
    }

    private void StartRenaming(PasskeySummary passkey)
    {
        renaming = passkey;
        newName = passkey.Name;
        errors = [];
    }

    private void StopRenaming()
    {
        renaming = null;
        errors = [];
    }

    private async Task RenameAsync(PasskeySummary passkey)
    {
        errors = NameErrors("passkey-rename", newName);
        if (errors.Count > 0) return;
        var renamed = PasskeyName.Normalise(newName);
        await WithRecentSignInAsync(async () =>
        {
            var result = await Passkeys.RenameAsync(await UserAsync(), passkey.Id, renamed);
            if (await AfterChangeAsync(result, L["PasskeyRenamedOutcome", renamed])) renaming = null;
        });
    }

    private async Task RemoveAsync(PasskeySummary passkey)
    {
        if (!await ConfirmDialog.AskAsync(Dialogs, L["RemovePasskeyQuestion", passkey.Name], L["RemovePasskeyDetail"], L["RemovePasskeyConfirm"], L["CancelButton"])) return;
        await WithRecentSignInAsync(async () =>
            await AfterChangeAsync(await Passkeys.RemoveAsync(await UserAsync(), passkey.Id), L["PasskeyRemovedOutcome", passkey.Name]));
    }

    private async Task<bool> AfterChangeAsync(PasskeyChangeResult result, string done)
    {
        switch (result)
        {
            case PasskeyChangeResult.Done:
                await ReloadAsync(done);
                return true;
            case PasskeyChangeResult.SessionEnded:
                await SessionEnded.InvokeAsync(PasswordConfirmResult.SessionEnded);
                return false;
            default:
                passkeys = await Passkeys.ListAsync(await UserAsync()); // removed meanwhile (another tab or device)
                problem = L["PasskeyGone"];
                return false;
        }
    }

    // The recent sign-in rule: a sign-in (or the password) within RecentSignIn:Window, else the password first.
    private async Task WithRecentSignInAsync(Func<Task> change)
    {
        if (await RecentSignIn.IsSatisfiedAsync(await UserAsync()))
        {
            await RunAsync(change);
            return;
        }
        pending = change;
    }

    private async Task ContinueAsync()
    {
        var change = pending;
        pending = null;
        if (change is not null) await RunAsync(change);
        StateHasChanged(); // called from the password form's handler, which re-renders only the form
    }

    private Task EndSession(PasswordConfirmResult result) => SessionEnded.InvokeAsync(result);

    // A database that cannot be written: the list stays as it was and says to try again, instead of ending the circuit.
    private async Task RunAsync(Func<Task> change)
    {
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(change);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ReloadAsync(string message)
    {
        passkeys = await Passkeys.ListAsync(await UserAsync());
        problem = null;
        outcome = message;
        Snackbar.AddSuccess(message);
    }

    private IReadOnlyList<FieldError> NameErrors(string fieldId, string value) => PasskeyName.Check(value) switch
    {
        PasskeyNameProblem.Missing => [new FieldError(fieldId, L["PasskeyNameMissing"])],
        PasskeyNameProblem.TooLong => [new FieldError(fieldId, L["PasskeyNameTooLong", PasskeyName.MaxLength])],
        _ => [],
    };

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    private static string When(DateTimeOffset instant) => ArizonaTime.From(instant).ToString("g", CultureInfo.CurrentCulture);
}
