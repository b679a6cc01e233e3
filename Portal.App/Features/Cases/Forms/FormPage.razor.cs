using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Forms;

namespace Portal.App.Features.Cases.Forms;

/// <summary>
/// /forms/{id}: a signed form, its status and history, what was signed, and its PDF copy. A status change made by a
/// caseworker (or the case system's answer) shows at once and is announced. Another parent's form is "not found".
/// </summary>
public sealed partial class FormPage
{
    private SignedFormView? form;
    private bool loading = true;
    private string? userId;
    private string? announcement;

    [Parameter] public Guid FormId { get; set; }

    /// <summary>Set by the wizard after signing, to confirm it here.</summary>
    [SupplyParameterFromQuery(Name = "signed")] public int? JustSignedFlag { get; set; }

    [Inject] private ParentForms Forms { get; set; } = default!;
    [Inject] private FormUpdates Updates { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<FormRow> SignatureRows => form is null ? [] :
    [
        new(F["Signature_Name"], form.Signature.SignedName),
        new(F["Signature_At"], FormWords.Date(F, form.Signature.SignedAt)),
        new(F["Signature_Hash"], form.Signature.ContentSha256),
    ];

    private bool JustSigned => JustSignedFlag == 1 && form is not null;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        userId = ParentCaseAccess.ParentOf(user)?.UserId;
        form = await Forms.ViewAsync(user, FormId);
        loading = false;
    }

    private async Task OnUpdateAsync(FormUpdate update)
    {
        if (update.FormId != FormId) return;
        var before = form?.Status;
        form = await Forms.ViewAsync((await AuthenticationState).User, FormId);
        if (form is not null && form.Status != before) announcement = L["StatusChanged", F[$"FormStatus_{form.Status}"]];
        StateHasChanged();
    }
}
