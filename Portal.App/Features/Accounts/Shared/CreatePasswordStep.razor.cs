using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>Choose a password (activation and reset): the live checklist, a confirmation, and the server's last word.</summary>
public sealed partial class CreatePasswordStep
{
    [Parameter, EditorRequired] public PasswordPolicy Policy { get; set; } = default!;
    [Parameter, EditorRequired] public PasswordContext Context { get; set; } = PasswordContext.None;
    [Parameter, EditorRequired] public Func<string, Task<ActivationResult>> Submit { get; set; } = default!;

    private string password = string.Empty;
    private string confirmation = string.Empty;
    private bool showPassword;
    private bool busy;
    private string? passwordError;
    private string? confirmationError;
    private string? announcement;
    private SaveGuard saveGuard = default!;
    private ErrorSummary? summary;
    private bool focusSummary;

    private PasswordCheck Check => Policy.Check(password, Context);

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(("new-password", passwordError), ("confirm-password", confirmationError));

    // Announced when the person leaves the field, not on every key: the checklist itself is not a live region.
    private void Announce() => announcement = PasswordRequirementText.Announcement(password, Check, L) ?? announcement;

    private async Task SubmitAsync()
    {
        (passwordError, confirmationError) = PasswordRequirementText.Problems(password, confirmation, Check, L);
        if (Errors.Count > 0)
        {
            focusSummary = true;
            return;
        }
        busy = true;
        try
        {
            // A database that cannot be written: the password stays typed and the step says to try again.
            await saveGuard.TrySaveAsync(async () =>
            {
                if (await Submit(password) is ActivationResult.PasswordRejected) passwordError = L["PasswordNotAcceptable"].Value;
                focusSummary = Errors.Count > 0;
            });
        }
        finally
        {
            busy = false;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }
}
