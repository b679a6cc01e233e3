using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Forms;

namespace Portal.App.Features.Staff.Forms;

/// <summary>/staff/forms: signed forms, oldest first, filtered, kept current as parents sign and caseworkers work them.</summary>
public sealed partial class StaffFormsPage
{
    private const string OpenStatuses = "open";
    private const string AllStatuses = "all";

    private FormKind? kind;
    private string status = OpenStatuses;
    private string? officeCode;
    private int? age;
    private FormAssignment assignment;
    private bool notOpenedInTimeOnly;
    private bool? lateFromLink;
    private StaffFormFilter filter = StaffFormFilter.Default;
    private StaffFormResults? results;
    private int? notOpenedInTime;
    private IReadOnlyList<StaffOffice> offices = [];
    private bool busy;
    private bool arrived;

    [Inject] private StaffForms Forms { get; set; } = default!;
    [Inject] private StaffDirectory Directory { get; set; } = default!;
    [Inject] private FormUpdates Updates { get; set; } = default!;
    [Inject] private IStringLocalizer<SignedFormText> F { get; set; } = default!;
    [Inject] private IStringLocalizer<StaffText> S { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>The supervisors' link: only the forms not opened in time.</summary>
    [SupplyParameterFromQuery(Name = "late")] public bool Late { get; set; }

    protected override async Task OnInitializedAsync() => offices = await Directory.OfficesAsync((await AuthenticationState).User);

    // The supervisors' link comes back to this page with ?late=true: the filter follows it.
    protected override async Task OnParametersSetAsync()
    {
        if (lateFromLink == Late) return;
        lateFromLink = Late;
        notOpenedInTimeOnly = Late;
        await FilterAsync();
    }

    private async Task FilterAsync()
    {
        filter = new StaffFormFilter(kind,
            Enum.TryParse<FormStatus>(status, out var one) ? one : null,
            AllStatuses: status == AllStatuses,
            officeCode, age, assignment, notOpenedInTimeOnly);
        arrived = false;
        await LoadAsync(0);
    }

    private async Task OnUpdateAsync(FormUpdate update)
    {
        var before = results?.Total ?? 0;
        await LoadAsync(results?.PageIndex ?? 0);
        arrived = (results?.Total ?? 0) > before;
    }

    private async Task LoadAsync(int pageIndex)
    {
        busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            results = await Forms.SearchAsync(user, filter, pageIndex);
            notOpenedInTime = user.IsInRole(PortalRoles.Supervisor) ? await Forms.NotOpenedInTimeAsync(user) : null;
        }
        finally
        {
            busy = false;
        }
    }
}
