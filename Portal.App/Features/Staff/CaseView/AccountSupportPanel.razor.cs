using System.Globalization;
using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Staff.Shared;
using Portal.Domain;

namespace Portal.App.Features.Staff.CaseView;

public partial class AccountSupportPanel
{
    [Parameter, EditorRequired] public StaffParticipant Parent { get; set; } = default!;
    [Parameter] public ParentAccountStatus? Account { get; set; }
    [Parameter, EditorRequired] public int Index { get; set; }
    [Parameter, EditorRequired] public DateTimeOffset Now { get; set; }
    [Parameter, EditorRequired] public Func<AccountSupportRequest, Task<AccountSupportResult>> Perform { get; set; } = default!;

    private string reason = string.Empty;
    private string pin = string.Empty;
    private IReadOnlyList<FieldError> errors = [];
    private ErrorSummary? summary;
    private bool focusSummary;
    private string? refusal;
    private bool busy;
    private SaveGuard saveGuard = default!;

    private string ReasonId => $"reason-{Index}";
    private string PinId => $"pin-{Index}";

    private string When(DateTimeOffset instant) =>
        ArizonaTime.From(instant).ToString(L["DateTimeFormat"], CultureInfo.CurrentCulture);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task RunAsync(AccountSupportKind kind)
    {
        if (Account is null) return;
        var enteredPin = pin.Trim();
        refusal = null;
        errors =
        [
            .. string.IsNullOrWhiteSpace(reason) ? [new FieldError(ReasonId, L["ReasonMissing"])] : Array.Empty<FieldError>(),
            .. kind == AccountSupportKind.CheckPhonePin && (enteredPin.Length != 6 || !enteredPin.All(char.IsAsciiDigit))
                ? [new FieldError(PinId, L["PinNotSixDigits"])] : Array.Empty<FieldError>(),
        ];
        focusSummary = errors.Count > 0;
        if (errors.Count > 0) return;
        // Disabling signs the parent out everywhere: asked first, in a dialog.
        if (kind == AccountSupportKind.DisableAccess
            && !await ConfirmDialog.AskAsync(Dialogs, L["DisableConfirmQuestion"], L["DisableConfirmDetail"], L["DisableConfirmButton"], L["CancelButton"]))
        {
            return;
        }

        busy = true;
        try
        {
            // A database that cannot be written (every action is audited): the reason and PIN stay and the panel says to try again.
            await saveGuard.TrySaveAsync(async () =>
            {
                var result = await Perform(new AccountSupportRequest(kind, Account.UserId, reason.Trim(), kind == AccountSupportKind.CheckPhonePin ? enteredPin : null));
                Show(kind, result);
                // The PIN is not kept once checked; the reason stays for a follow-up action on the same call.
                pin = string.Empty;
            });
        }
        finally
        {
            busy = false;
        }
    }

    /// <summary>Done is a snackbar; a refusal about the PIN or the reason goes to that field, any other stays in the panel.</summary>
    private void Show(AccountSupportKind kind, AccountSupportResult result)
    {
        var specific = L[$"Outcome_{kind}_{result}"];
        // Too soon: say when the next verification email can go (Account is the refreshed status by now).
        var message = result == AccountSupportResult.TooSoon && Account?.NextVerificationEmailAt is { } next ? L["Outcome_TooSoonUntil", When(next)].Value
            : specific.ResourceNotFound ? L[$"Outcome_{result}"].Value : specific.Value;
        switch (result)
        {
            case AccountSupportResult.Done or AccountSupportResult.PinMatched:
                Snackbar.AddSuccess(message);
                break;
            case AccountSupportResult.PinDidNotMatch or AccountSupportResult.PinAttemptsExhausted or AccountSupportResult.PinNotSixDigits:
                errors = [new FieldError(PinId, message)];
                focusSummary = true;
                break;
            case AccountSupportResult.ReasonMissing:
                errors = [new FieldError(ReasonId, message)];
                focusSummary = true;
                break;
            default:
                refusal = message;
                break;
        }
    }
}
