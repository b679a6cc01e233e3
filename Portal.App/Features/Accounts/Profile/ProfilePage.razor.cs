using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Platform.Notifications;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>/account/profile: the parent's contact details on their case, the changes on their way there, and their preferences.</summary>
public sealed partial class ProfilePage
{
    private ProfileOverview? overview;
    private IReadOnlyList<NotificationSetting> notificationSettings = [];

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        overview = await Profile.GetAsync(await UserAsync());
        notificationSettings = await Profile.GetNotificationsAsync(await UserAsync());
        if (overview is null) Navigation.NavigateTo("/signin", forceLoad: true);
    }

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    private async Task<ProfileChangeResult> SendAddressAsync(MailingAddress address) =>
        await AfterAsync(Profile.ChangeAddressAsync(await UserAsync(), address), "AddressSentMessage");

    private async Task<ProfileChangeResult> SendPhonesAsync(IReadOnlyList<ParticipantPhone> phones) =>
        await AfterAsync(Profile.ChangePhonesAsync(await UserAsync(), phones), "PhonesSentMessage");

    private async Task<ProfileChangeResult> SavePreferencesAsync(ContactMethod method, string culture) =>
        await AfterAsync(Profile.SaveContactPreferencesAsync(await UserAsync(), method, culture), "PreferencesSavedMessage");

    private async Task<ProfileChangeResult> SaveNotificationsAsync(IReadOnlyDictionary<string, bool> wanted) =>
        await AfterAsync(Profile.SaveNotificationsAsync(await UserAsync(), wanted), "EmailsSavedMessage");

    private async Task<EmailChangeResult> RequestEmailChangeAsync(string newEmail)
    {
        var result = await EmailChanges.RequestAsync(await UserAsync(), newEmail, new Uri(Navigation.BaseUri));
        if (result == EmailChangeResult.SessionEnded) Navigation.NavigateTo("/signin", forceLoad: true);
        return result;
    }

    private async Task<UserNameChangeResult> ChangeUserNameAsync(string userName)
    {
        var result = await Profile.ChangeUserNameAsync(await UserAsync(), userName);
        if (result is UserNameChangeResult.Changed)
        {
            Snackbar.AddSuccess(L["UserNameChangedMessage"]);
            await LoadAsync();
            StateHasChanged();
        }
        else if (result is UserNameChangeResult.SessionEnded)
        {
            EndSession(PasswordConfirmResult.SessionEnded);
        }
        return result;
    }

    private async Task<PhonePinChangeResult> ChangePhonePinAsync(string password, string pin)
    {
        var result = await Profile.ChangePhonePinAsync(await UserAsync(), password, pin);
        switch (result)
        {
            case PhonePinChangeResult.Changed:
                Snackbar.AddSuccess(L["PinChangedMessage"]);
                break;
            case PhonePinChangeResult.LockedOut:
                EndSession(PasswordConfirmResult.LockedOut);
                break;
            case PhonePinChangeResult.SessionEnded:
                EndSession(PasswordConfirmResult.SessionEnded);
                break;
        }
        return result;
    }

    // The account locked while the password was asked for, or the session is over: sign-in says why.
    private void EndSession(PasswordConfirmResult result) =>
        Navigation.NavigateTo(result == PasswordConfirmResult.LockedOut ? AccountSecurityEndpoints.LockedOutPath : "/signin", forceLoad: true);

    // The sections re-render only themselves from their handlers: the page reloads what it shows and says what happened.
    private async Task<ProfileChangeResult> AfterAsync(Task<ProfileChangeResult> change, string message)
    {
        var result = await change;
        switch (result)
        {
            case ProfileChangeResult.Saved:
                Snackbar.AddSuccess(L[message]);
                await LoadAsync();
                StateHasChanged();
                break;
            case ProfileChangeResult.SessionEnded:
                Navigation.NavigateTo("/signin", forceLoad: true);
                break;
        }
        return result;
    }
}
