using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>The username and a new one, with the registration's rules and words.</summary>
public sealed partial class UserNameSection
{
    [Parameter, EditorRequired] public string Current { get; set; } = "";
    [Parameter, EditorRequired] public Func<string, Task<UserNameChangeResult>> Save { get; set; } = default!;

    private bool editing;
    private string? newName;
    private string? error;
    private bool busy;
    private SaveGuard saveGuard = default!;
    private ErrorSummary? summary;
    private bool focusSummary;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(("new-username", error));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private void StartEditing()
    {
        (newName, error, editing) = (Current, null, true);
    }

    private async Task SaveAsync()
    {
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                error = await Save(newName ?? string.Empty) switch
                {
                    UserNameChangeResult.NotAcceptable { Problem: UserNameProblem.Missing } => R["UserNameMissing"].Value,
                    UserNameChangeResult.NotAcceptable { Problem: UserNameProblem.Length } => R["UserNameLength", AccountNames.UserNameMinLength, AccountNames.UserNameMaxLength].Value,
                    UserNameChangeResult.NotAcceptable => R["UserNameCharacters"].Value,
                    UserNameChangeResult.Taken => R["UserNameTaken"].Value,
                    UserNameChangeResult.Unchanged => L["UserNameSame"].Value,
                    _ => null,
                };
                editing = error is not null;
                focusSummary = error is not null;
            });
        }
        finally
        {
            busy = false;
        }
    }
}
