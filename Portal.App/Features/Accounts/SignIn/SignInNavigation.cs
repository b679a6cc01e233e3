using Microsoft.AspNetCore.Components;

namespace Portal.App.Features.Accounts.SignIn;

public static class SignInNavigation
{
    /// <summary>
    /// To sign-in with a full page load (the session cookie is set over HTTP, not in a circuit), and back to the
    /// current page afterwards.
    /// </summary>
    public static void NavigateToSignIn(this NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var returnUrl = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        navigation.NavigateTo($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}", forceLoad: true);
    }
}
