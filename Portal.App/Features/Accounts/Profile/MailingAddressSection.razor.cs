using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// The mailing address on the case, the change on its way, and a change of address: the form, then a check of the
/// answers before anything is sent. What was typed stays through every refusal and through going back from the check.
/// </summary>
public sealed partial class MailingAddressSection
{
    [Parameter] public MailingAddress? Current { get; set; }
    [Parameter] public ContactChange? LatestChange { get; set; }

    /// <summary>Sends the checked address to the case; the page reloads what it shows when the outcome is Saved.</summary>
    [Parameter, EditorRequired] public Func<MailingAddress, Task<ProfileChangeResult>> Send { get; set; } = default!;

    private Mode mode;
    private MailingAddressDraft draft = new();
    private MailingAddressCheck? check;
    private MailingAddress? reviewed;
    private bool unchanged;
    private bool busy;
    private SaveGuard saveGuard = default!;
    private ErrorSummary? summary;
    private ElementReference reviewHeading;
    private bool focusSummary, focusReview;

    [Inject] private IStringLocalizer<ContactFieldText> Fields { get; set; } = default!;

    private IReadOnlyList<FieldError> Errors => check is null ? [] : MailingAddressDraft.Errors("address", check, Fields);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusSummary && summary is not null)
        {
            focusSummary = false;
            await summary.FocusAsync();
        }
        else if (focusReview)
        {
            focusReview = false;
            await reviewHeading.FocusAsync();
        }
    }

    private void StartEditing()
    {
        // Starts from the address on its way to the case, or the one on the case: most changes are a detail of it.
        var start = LatestChange is { Status: not CaseSystemChangeStatus.Rejected, Content.MailingAddress: { } pending } ? pending : Current;
        draft = MailingAddressDraft.From(start);
        check = null;
        mode = Mode.Editing;
    }

    private void Review()
    {
        check = draft.Check();
        if (check.Address is not { } address)
        {
            focusSummary = true;
            return;
        }
        reviewed = address;
        unchanged = false;
        mode = Mode.Reviewing;
        focusReview = true;
    }

    private void BackToEditing() => mode = Mode.Editing;

    private void Cancel()
    {
        check = null;
        mode = Mode.Viewing;
    }

    private async Task SendAsync()
    {
        if (reviewed is not { } address) return;
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                switch (await Send(address))
                {
                    case ProfileChangeResult.Unchanged:
                        unchanged = true;
                        break;
                    default:
                        mode = Mode.Viewing;
                        break;
                }
            });
        }
        finally
        {
            busy = false;
        }
    }

    private enum Mode { Viewing, Editing, Reviewing }
}
