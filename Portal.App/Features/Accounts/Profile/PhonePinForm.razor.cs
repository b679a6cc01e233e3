using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>A new phone PIN: the current password, then the PIN twice, with the registration's rules and words.</summary>
public sealed partial class PhonePinForm
{
    /// <summary>Changes the PIN (current password, new PIN); the form shows what the outcome says to fix.</summary>
    [Parameter, EditorRequired] public Func<string, string, Task<PhonePinChangeResult>> Submit { get; set; } = default!;

    private bool editing;
    private string password = string.Empty;
    private string pin = string.Empty;
    private string confirmation = string.Empty;
    private string? passwordError, pinError, confirmationError;
    private bool busy;
    private SaveGuard saveGuard = default!;
    private ErrorSummary? summary;
    private bool focusSummary;

    private IReadOnlyList<FieldError> Errors =>
        FieldErrors.Collect(("pin-password", passwordError), ("new-pin", pinError), ("confirm-new-pin", confirmationError));

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task SubmitAsync()
    {
        var typed = PhonePin.WithoutSpaces(pin);
        passwordError = password.Length == 0 ? L["PinPasswordMissing"].Value : null;
        var problem = PhonePin.Check(typed, DateOnly.MinValue, password: null);
        pinError = problem is PhonePinProblem.NotSixDigits or PhonePinProblem.AllSameDigit or PhonePinProblem.Sequence ? Setup["Pin" + problem].Value : null;
        confirmationError = pinError is null && typed != PhonePin.WithoutSpaces(confirmation) ? Setup["PinsDoNotMatch"].Value : null;
        if (Errors.Count > 0)
        {
            focusSummary = true;
            return;
        }
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                switch (await Submit(password, typed))
                {
                    case PhonePinChangeResult.Changed:
                        (editing, password, pin, confirmation) = (false, string.Empty, string.Empty, string.Empty);
                        break;
                    case PhonePinChangeResult.WrongPassword:
                        passwordError = L["PinPasswordWrong"].Value;
                        break;
                    case PhonePinChangeResult.NotAcceptable notAcceptable:
                        pinError = Setup["Pin" + notAcceptable.Problem].Value;
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
