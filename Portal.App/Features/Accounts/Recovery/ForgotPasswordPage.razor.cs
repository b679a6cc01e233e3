using Microsoft.AspNetCore.Components;
using Portal.App.Components.Shared;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Recovery;

public sealed partial class ForgotPasswordPage
{
    /// <summary>The email, the case number and the step, persisted with the circuit (never answers, proof or password).</summary>
    [PersistentState] public RecoveryProgress Progress { get => progress; set => progress = value ?? new(); }

    // Never null: a page with nothing persisted (a first visit, not a resumed page) starts with an empty one.
    private RecoveryProgress progress = new();

    private RecoveryChallenge? challenge;
    private PasswordResetTicket? ticket;
    private bool failed;
    private bool expired;
    private bool resumedFromNewPassword;
    private bool changed;
    private bool busy;
    private SaveGuard saveGuard = default!;
    private ElementReference heading;
    private bool focusHeading;

    protected override async Task OnInitializedAsync()
    {
        // Resumed past the first step: the questions depend only on the email and case number, so ask the same ones again.
        if (Progress is { Step: not RecoveryStep.Lookup, Email: { } email } && Portal.Domain.Cases.CaseNumber.TryParse(Progress.CaseNumber, out var caseNumber))
        {
            resumedFromNewPassword = Progress.Step == RecoveryStep.NewPassword;
            Progress.Step = RecoveryStep.Questions;
            challenge = await Recovery.GetPasswordQuestionsAsync(email, caseNumber, CancellationToken.None);
        }
    }

    private async Task LookUpAsync(AccountLookup lookup)
    {
        busy = true;
        try
        {
            challenge = await Recovery.GetPasswordQuestionsAsync(lookup.Email, lookup.CaseNumber!.Value, CancellationToken.None);
            Progress.Step = RecoveryStep.Questions;
            failed = expired = resumedFromNewPassword = false;
            focusHeading = true;
        }
        finally
        {
            busy = false;
        }
    }

    private async Task AnswerAsync(IReadOnlyList<string> answers)
    {
        busy = true;
        try
        {
            // A locked or read-only database: the answers stay typed and the page says to try again.
            await saveGuard.TrySaveAsync(async () =>
            {
                var result = await Recovery.AnswerAsync(challenge!, answers, CancellationToken.None);
                if (result is RecoveryAnswerResult.PasswordResetAllowed allowed)
                {
                    ticket = allowed.Ticket;
                    Progress.Step = RecoveryStep.NewPassword;
                    focusHeading = true;
                }
                failed = result is RecoveryAnswerResult.Failed;
                expired = resumedFromNewPassword = false;
            });
        }
        finally
        {
            busy = false;
        }
    }

    // CreatePasswordStep speaks ActivationResult: Saved moves on, PasswordRejected marks the field.
    private async Task<ActivationResult> ResetAsync(string password)
    {
        var outcome = await Recovery.ResetPasswordAsync(ticket!, password, CancellationToken.None);
        switch (outcome)
        {
            case PasswordResetResult.Rejected rejected:
                return new ActivationResult.PasswordRejected(rejected.Check);
            case PasswordResetResult.Expired:
                // The proof ran out: answer the questions again.
                ticket = null;
                Progress.Step = RecoveryStep.Questions;
                expired = true;
                failed = false;
                break;
            default:
                changed = true;
                Progress.Step = RecoveryStep.Lookup; // done: nothing to come back to
                break;
        }
        focusHeading = true;
        StateHasChanged();
        return new ActivationResult.Saved(ActivationStep.Done);
    }

    private void StartAgain()
    {
        challenge = null;
        Progress.Step = RecoveryStep.Lookup;
        failed = expired = resumedFromNewPassword = false;
        focusHeading = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusHeading) return;
        focusHeading = false;
        await heading.FocusAsync();
    }
}
