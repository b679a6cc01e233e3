using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// The phone numbers on the case and a change of them: the whole list is edited and sent, as the case system replaces
/// it. Each number is checked as a US number at its own field; what was typed stays through every refusal.
/// </summary>
public sealed partial class PhoneNumbersSection
{
    public const int MaxPhones = 5;

    [Parameter] public IReadOnlyList<ParticipantPhone> Current { get; set; } = [];
    [Parameter] public ContactChange? LatestChange { get; set; }
    [Parameter, EditorRequired] public Func<IReadOnlyList<ParticipantPhone>, Task<ProfileChangeResult>> Send { get; set; } = default!;

    private List<PhoneDraft> rows = [];
    private bool editing;
    private bool checkedOnce;
    private bool unchanged;
    private bool busy;
    private SaveGuard saveGuard = default!;
    private ErrorSummary? summary;
    private bool focusSummary;

    private IReadOnlyList<FieldError> Errors => !checkedOnce ? [] : FieldErrors.Collect(
        [.. rows.Select((row, i) => ($"phone-{i}-number", row.Problem is { } problem ? Fields[problem].Value : null))]);

    [Inject] private IStringLocalizer<ContactFieldText> Fields { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private void StartEditing()
    {
        var start = LatestChange is { Status: not CaseSystemChangeStatus.Rejected and not CaseSystemChangeStatus.Accepted, Content: { } pending }
            ? pending.ParticipantPhones : Current;
        rows = PhoneDraft.From(start);
        if (rows.Count == 0) rows.Add(new PhoneDraft());
        checkedOnce = unchanged = false;
        editing = true;
    }

    private async Task SaveAsync()
    {
        checkedOnce = true;
        unchanged = false;
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
                var phones = rows.Select(r => new ParticipantPhone(r.Kind, r.Parsed!.Value.Digits)).ToList();
                switch (await Send(phones))
                {
                    case ProfileChangeResult.Unchanged:
                        unchanged = true;
                        break;
                    default:
                        editing = false;
                        break;
                }
            });
        }
        finally
        {
            busy = false;
        }
    }
}
