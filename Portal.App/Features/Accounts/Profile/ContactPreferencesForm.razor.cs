using Microsoft.AspNetCore.Components;
using Portal.App.Components.Shared;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>How the parent prefers the agency to reach them, and the language of their notices.</summary>
public sealed partial class ContactPreferencesForm
{
    private static readonly ContactMethod[] Methods = [ContactMethod.Email, ContactMethod.Mail, ContactMethod.Phone, ContactMethod.Text];

    [Parameter] public ContactMethod? Current { get; set; }
    [Parameter] public string CurrentLanguage { get; set; } = "en-US";
    [Parameter, EditorRequired] public Func<ContactMethod, string, Task<ProfileChangeResult>> Save { get; set; } = default!;

    private ContactMethod contact;
    private string language = "en-US";
    private bool unchanged;
    private bool busy;
    private SaveGuard saveGuard = default!;

    protected override void OnInitialized()
    {
        contact = Current ?? ContactMethod.Email;
        language = CurrentLanguage;
    }

    private async Task SaveAsync()
    {
        busy = true;
        unchanged = false;
        try
        {
            await saveGuard.TrySaveAsync(async () => unchanged = await Save(contact, language) == ProfileChangeResult.Unchanged);
        }
        finally
        {
            busy = false;
        }
    }
}
