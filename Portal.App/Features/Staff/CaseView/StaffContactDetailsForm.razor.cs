using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// A parent's new address or phone numbers, typed by staff, each with a reason. What was typed stays through every
/// refusal (a field message, a missing reason, a database that cannot be written); a sent change is a success snackbar.
/// </summary>
public sealed partial class StaffContactDetailsForm
{
    [Parameter, EditorRequired] public StaffParticipant Parent { get; set; } = default!;
    [Parameter, EditorRequired] public int Index { get; set; }
    [Parameter, EditorRequired] public Func<StaffContactChangeRequest, Task<StaffContactChangeResult>> Send { get; set; } = default!;

    [Inject] private Microsoft.Extensions.Localization.IStringLocalizer<ContactFieldText> Fields { get; set; } = default!;

    private MailingAddressDraft address = new();
    private List<PhoneDraft> phones = [];
    private string addressReason = string.Empty;
    private string phonesReason = string.Empty;
    private IReadOnlyList<FieldError> errors = [];
    private ErrorSummary? summary;
    private SaveGuard saveGuard = default!;
    private bool focusSummary;
    private bool busy;
    private string? refusal;
    private string? shownFor;

    private string AddressPrefix => $"staff-address-{Index}";
    private string PhonesPrefix => $"staff-phone-{Index}";
    private string AddressReasonId => $"address-reason-{Index}";
    private string PhonesReasonId => $"phones-reason-{Index}";

    protected override void OnParametersSet()
    {
        // Starts from what the case holds; a refresh of the same parent keeps what is being typed.
        if (shownFor == Parent.PersonId) return;
        shownFor = Parent.PersonId;
        address = MailingAddressDraft.From(Parent.Address);
        phones = PhoneDraft.From(Parent.Phones);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private Task SendAddressAsync()
    {
        var check = address.Check();
        errors = [.. MailingAddressDraft.Errors(AddressPrefix, check, Fields), .. ReasonError(AddressReasonId, addressReason)];
        return errors.Count > 0 || check.Address is not { } valid
            ? Refuse()
            : SendAsync(new StaffContactChangeRequest(Parent.PersonId, valid, null, addressReason.Trim()), AddressReasonId);
    }

    private Task SendPhonesAsync()
    {
        errors =
        [
            .. phones.Select((row, i) => (Id: $"{PhonesPrefix}-{i}-number", row.Problem))
                .Where(p => p.Problem is not null).Select(p => new FieldError(p.Id, Fields[p.Problem!])),
            .. phones.Count == 0 ? [new FieldError(PhonesReasonId, Fields["Phones_None"])] : Array.Empty<FieldError>(),
            .. ReasonError(PhonesReasonId, phonesReason),
        ];
        return errors.Count > 0 || PhoneDraft.ToPhones(phones) is not { } valid
            ? Refuse()
            : SendAsync(new StaffContactChangeRequest(Parent.PersonId, null, valid, phonesReason.Trim()), PhonesReasonId);
    }

    private IEnumerable<FieldError> ReasonError(string id, string reason) =>
        string.IsNullOrWhiteSpace(reason) ? [new FieldError(id, L["ReasonMissing"])] : [];

    private Task Refuse()
    {
        refusal = null;
        focusSummary = true;
        return Task.CompletedTask;
    }

    private async Task SendAsync(StaffContactChangeRequest request, string reasonId)
    {
        refusal = null;
        busy = true;
        try
        {
            await saveGuard.TrySaveAsync(async () =>
            {
                var result = await Send(request);
                var message = L[$"ContactOutcome_{result}"].Value;
                switch (result)
                {
                    case StaffContactChangeResult.Sent:
                        Snackbar.AddSuccess(message);
                        break;
                    case StaffContactChangeResult.ReasonMissing:
                        errors = [new FieldError(reasonId, message)];
                        focusSummary = true;
                        break;
                    default:
                        refusal = message;
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
