using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// The hash of this browser's registration key (<see cref="RegistrationBrowserKeys"/>) as the circuit learned it. Scoped:
/// one per circuit. The first navigation to a draft's own address (after the first match) renders the wizard anew in
/// the same circuit, without this page's persisted state: it takes the hash from here instead of reloading the page.
/// </summary>
public sealed class RegistrationBrowser
{
    public string? KeyHash { get; set; }
}
