using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Security;

public sealed partial class AccountSecurityPage
{
    private SecurityOverview? overview;
    private AuthenticatorSetup? setup;
    private IReadOnlyList<string>? recoveryCodes;
    private ConfirmStep confirming;
    private string? outcome;
    private bool busy;
    private SaveGuard saveGuard = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "changed")] private string? Changed { get; set; }

    private string? ChangeMessage => Changed switch
    {
        "password" => "PasswordChanged",
        "authenticator-off" => "AuthenticatorTurnedOff",
        _ => null,
    };

    protected override async Task OnInitializedAsync() => overview = await Security.GetOverviewAsync(await UserAsync());

    private async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    // Setting up an authenticator is a sensitive change: a recent sign-in, or the password first.
    private async Task StartSetupAsync()
    {
        if (!await RecentSignIn.IsSatisfiedAsync(await UserAsync()))
        {
            confirming = ConfirmStep.RecentSignIn;
            return;
        }
        await RunAsync(async () => setup = await Security.StartAuthenticatorSetupAsync(await UserAsync()));
    }

    private async Task ContinueSetupAsync()
    {
        confirming = ConfirmStep.None;
        await StartSetupAsync();
        StateHasChanged(); // called from the password form's handler, which re-renders only the form
    }

    // The password step's refusals that end this session: a lockout (signed out through its endpoint) or an ended session.
    private void EndSession(PasswordConfirmResult result)
    {
        if (result == PasswordConfirmResult.LockedOut) EndLockedSession();
        else Navigation.NavigateTo("/signin", forceLoad: true);
    }

    // The confirm step says what a wrong password needs; the change's own outcome is handled by the caller.
    private static async Task<PasswordConfirmResult> CheckedAsync(Task<AuthenticatorChangeResult> change) => await change switch
    {
        AuthenticatorChangeResult.WrongCurrentPassword => PasswordConfirmResult.Wrong,
        AuthenticatorChangeResult.LockedOut => PasswordConfirmResult.LockedOut,
        AuthenticatorChangeResult.SessionEnded => PasswordConfirmResult.SessionEnded,
        _ => PasswordConfirmResult.Right,
    };

    private async Task<bool> EnableAsync(string code)
    {
        var codes = await Security.EnableAuthenticatorAsync(await UserAsync(), code);
        if (codes is null) return false;
        setup = null;
        recoveryCodes = codes;
        overview = await Security.GetOverviewAsync(await UserAsync());
        StateHasChanged(); // called from the setup form's handler, which re-renders only the form
        return true;
    }

    private async Task<AuthenticatorChangeResult> NewRecoveryCodesAsync(string password)
    {
        var result = await Security.NewRecoveryCodesAsync(await UserAsync(), password);
        if (result is AuthenticatorChangeResult.NewRecoveryCodes made)
        {
            recoveryCodes = made.Codes;
            outcome = L["NewCodesReady"].Value;
        }
        await AfterConfirmAsync(result);
        return result;
    }

    private async Task<AuthenticatorChangeResult> TurnOffAsync(string password)
    {
        var result = await Security.DisableAuthenticatorAsync(await UserAsync(), password);
        if (result is AuthenticatorChangeResult.TurnedOff turnedOff) Renew(turnedOff.RenewalTicket, "authenticator-off");
        else await AfterConfirmAsync(result);
        return result;
    }

    // Called from the confirm form's handler, which re-renders only the form: the page re-renders itself.
    private async Task AfterConfirmAsync(AuthenticatorChangeResult result)
    {
        switch (result)
        {
            case AuthenticatorChangeResult.LockedOut:
                EndLockedSession();
                return;
            case AuthenticatorChangeResult.SessionEnded:
                Navigation.NavigateTo("/signin", forceLoad: true);
                return;
            case AuthenticatorChangeResult.WrongCurrentPassword:
                return; // the form says so next to its field
        }
        confirming = ConfirmStep.None;
        overview = await Security.GetOverviewAsync(await UserAsync());
        StateHasChanged();
    }

    private async Task<PasswordChangeResult> ChangePasswordAsync(string current, string password)
    {
        var result = await Security.ChangePasswordAsync(await UserAsync(), current, password, CancellationToken.None);
        switch (result)
        {
            case PasswordChangeResult.Changed changed: Renew(changed.RenewalTicket, "password"); break;
            case PasswordChangeResult.LockedOut: EndLockedSession(); break;
            case PasswordChangeResult.SessionEnded: Navigation.NavigateTo("/signin", forceLoad: true); break;
        }
        return result;
    }

    // Too many wrong passwords locked the account: a full page load through the endpoint that signs this browser out
    // (a circuit cannot clear a cookie) and on to sign-in, which says why.
    private void EndLockedSession() => Navigation.NavigateTo(AccountSecurityEndpoints.LockedOutPath, forceLoad: true);

    // Every other session ended with the change; a full page load through the renewal endpoint keeps this one.
    private void Renew(string ticket, string change) =>
        Navigation.NavigateTo($"{SessionRenewal.Path}?ticket={Uri.EscapeDataString(ticket)}&changed={change}", forceLoad: true);

    // A database that cannot be written: the page says to try again instead of ending the circuit.
    private async Task RunAsync(Func<Task> action)
    {
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(action);
        }
        finally
        {
            busy = false;
        }
    }

    private enum ConfirmStep { None, NewRecoveryCodes, TurnOff, RecentSignIn }
}
