using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.SignIn;

public sealed partial class SignInCodePage
{
    private SecondStep? step;
    private bool askForAppCode;
    private IReadOnlyList<FieldError> errors = [];
    private string? notice;
    private bool noticeIsError;
    private string endedMessage = "EndedExplanation";

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "email-code")] private CodeForm EmailCode { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "app-code")] private CodeForm AppCode { get; set; } = default!;

    /// <summary>"app": back to the app's code after a code was emailed.</summary>
    [SupplyParameterFromQuery(Name = "use")] private string? Use { get; set; }

    private string? Secret => SecondStepCookie.Read(HttpContext);

    private string Title => step is not null && askForAppCode ? L["AppCodeTitle"] : L["CodeTitle"];

    protected override async Task OnInitializedAsync()
    {
        EmailCode ??= new();
        AppCode ??= new();
        step = await SignIn.DescribeAsync(Secret, HttpContext.RequestAborted);
        // The app first; the emailed code once one was asked for, until the person goes back to the app.
        askForAppCode = step is { HasAuthenticator: true } && !(step.EmailCodeAllowed && step.EmailCodeSent && Use != "app");
        HttpContext.Response.Headers.CacheControl = "no-store";
    }

    private Task VerifyEmailCodeAsync()
    {
        askForAppCode = false;
        return string.IsNullOrWhiteSpace(EmailCode.Code)
            ? ShowAsync(new FieldError("code", L["CodeRequired"]))
            : ActOnAsync(SignIn.VerifyEmailCodeAsync(Secret, EmailCode.Code, HttpContext.RequestAborted), "code", "WrongCode");
    }

    private Task VerifyAuthenticatorCodeAsync()
    {
        askForAppCode = true;
        return string.IsNullOrWhiteSpace(AppCode.Code)
            ? ShowAsync(new FieldError("app-code", L["AppCodeRequired"]))
            : ActOnAsync(SignIn.VerifyAuthenticatorCodeAsync(Secret, AppCode.Code, HttpContext.RequestAborted), "app-code", "WrongAppCode");
    }

    /// <param name="wrongKey">The wording for a wrong code, which differs between an emailed code and the app's (a replayed app code is wrong too).</param>
    private async Task ActOnAsync(Task<CodeCheckResult> checking, string fieldId, string wrongKey)
    {
        switch (await checking)
        {
            case CodeCheckResult.SignedIn signedIn:
                await SignIn.CompleteAsync(signedIn.User);
                SecondStepCookie.Delete(HttpContext);
                Navigation.NavigateTo(AccountSignIn.Destination(signedIn.User, await Users.GetRolesAsync(signedIn.User), signedIn.ReturnUrl));
                break;
            case CodeCheckResult.WrongCode:
                await ShowAsync(new FieldError(fieldId, L[wrongKey]));
                break;
            case CodeCheckResult.CodeExpired:
                await ShowAsync(new FieldError(fieldId, L["CodeExpired"]));
                break;
            default:
                End(step is null ? "EndedExplanation" : "TooManyWrongCodes");
                break;
        }
    }

    /// <summary>"Send a new code", and "Email me a code instead" from the app's code: both lead to the emailed code.</summary>
    private async Task SendCodeAsync()
    {
        var first = step is { EmailCodeSent: false };
        var result = await SignIn.SendNewCodeAsync(Secret, HttpContext.RequestAborted);
        askForAppCode = false;
        switch (result)
        {
            case NewCodeResult.Sent:
                await ShowAsync(notice: first ? null : "NewCodeSent");
                break;
            case NewCodeResult.TooSoon:
                await ShowAsync(notice: "NewCodeTooSoon");
                break;
            case NewCodeResult.LimitReached:
                await ShowAsync(notice: "NewCodeLimit", noticeIsError: true);
                break;
            default:
                End("EndedExplanation");
                break;
        }
    }

    private async Task ShowAsync(FieldError? error = null, string? notice = null, bool noticeIsError = false)
    {
        step ??= await SignIn.DescribeAsync(Secret, HttpContext.RequestAborted);
        if (step is null)
        {
            End("EndedExplanation");
            return;
        }
        errors = error is null ? [] : [error];
        this.notice = notice is null ? null : L[notice].Value;
        this.noticeIsError = noticeIsError;
    }

    private void End(string key)
    {
        step = null;
        endedMessage = key;
        SecondStepCookie.Delete(HttpContext);
    }
}
