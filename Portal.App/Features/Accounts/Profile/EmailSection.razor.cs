using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// The account's email address and a move to a new one: the new address (the password first when the sign-in is not
/// recent), then a link sent there. Nothing changes until that link is followed.
/// </summary>
public sealed partial class EmailSection
{
    [Parameter, EditorRequired] public string Current { get; set; } = "";
    [Parameter, EditorRequired] public TimeSpan LinkLifetime { get; set; }
    [Parameter, EditorRequired] public Func<string, Task<EmailChangeResult>> Request { get; set; } = default!;

    /// <summary>The session ended or the account locked while the password was asked for: the page sends the browser on.</summary>
    [Parameter, EditorRequired] public EventCallback<PasswordConfirmResult> SessionEnded { get; set; }

    private Mode mode;
    private string? newEmail;
    private string? error;
    private bool busy;
    private SaveGuard? saveGuard;
    private ErrorSummary? summary;
    private bool focusSummary;

    private IReadOnlyList<FieldError> Errors => FieldErrors.Collect(("new-email", error));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private void Cancel()
    {
        error = null;
        mode = Mode.Viewing;
    }

    private async Task RequestAsync()
    {
        busy = true;
        try
        {
            var result = EmailChangeResult.SessionEnded;
            async Task Send() => result = await Request(newEmail ?? string.Empty);
            if (saveGuard is null) await Send();
            else await saveGuard.TrySaveAsync(Send);
            error = result switch
            {
                EmailChangeResult.InvalidAddress => L[string.IsNullOrWhiteSpace(newEmail) ? "NewEmailMissing" : "NewEmailInvalid"].Value,
                EmailChangeResult.SameAsCurrent => L["NewEmailSame"].Value,
                _ => null,
            };
            mode = result switch
            {
                EmailChangeResult.Sent => Mode.Sent,
                EmailChangeResult.NeedsRecentSignIn => Mode.ConfirmingPassword,
                _ => Mode.Editing,
            };
            focusSummary = error is not null;
        }
        finally
        {
            busy = false;
        }
    }

    private enum Mode { Viewing, Editing, ConfirmingPassword, Sent }
}
