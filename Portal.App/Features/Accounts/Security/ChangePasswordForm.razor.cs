using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Security;

/// <summary>Change password: the current one, then a new one with the same checklist as activation, and its confirmation.</summary>
public sealed partial class ChangePasswordForm
{
    [Parameter, EditorRequired] public PasswordPolicy Policy { get; set; } = default!;
    [Parameter, EditorRequired] public PasswordContext Context { get; set; } = PasswordContext.None;
    /// <summary>Changes the password (current, new); the form shows what the outcome says to fix.</summary>
    [Parameter, EditorRequired] public Func<string, string, Task<PasswordChangeResult>> Submit { get; set; } = default!;

    private string current = string.Empty;
    private string password = string.Empty;
    private string confirmation = string.Empty;
    private bool showPasswords;
    private bool busy;
    private string? currentError;
    private string? passwordError;
    private string? confirmationError;
    private string? announcement;
    private SaveGuard saveGuard = default!;

    private ErrorSummary? summary;
    private bool focusSummary;

    private PasswordCheck Check => Policy.Check(password, Context);

    private IReadOnlyList<FieldError> Errors =>
        FieldErrors.Collect(("current-password", currentError), ("new-password", passwordError), ("confirm-password", confirmationError));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    // Announced when the person leaves the field, not on every key: the checklist itself is not a live region.
    private void Announce() => announcement = PasswordRequirementText.Announcement(password, Check, Rules) ?? announcement;

    private async Task SubmitAsync()
    {
        currentError = current.Length == 0 ? L["CurrentPasswordRequired"].Value : null;
        (passwordError, confirmationError) = PasswordRequirementText.Problems(password, confirmation, Check, Rules);
        if (Errors.Count > 0)
        {
            focusSummary = true;
            return;
        }
        busy = true;
        try
        {
            // A database that cannot be written: all three passwords stay typed and the form says to try again.
            await saveGuard.TrySaveAsync(async () =>
            {
                switch (await Submit(current, password))
                {
                    case PasswordChangeResult.WrongCurrentPassword:
                        currentError = L["CurrentPasswordWrong"].Value;
                        break;
                    case PasswordChangeResult.NotAcceptable:
                        passwordError = Rules["PasswordNotAcceptable"].Value;
                        break;
                }
                focusSummary = Errors.Count > 0;
            });
        }
        finally
        {
            busy = false;
        }
    }
}
