using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.Domain;

namespace Portal.App.Features.Staff.Audit;

public partial class StaffAuditLogPage
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string? staffUserName;
    private string? caseNumber;
    private DateOnly? from;
    private DateOnly? to;
    private StaffAuditAction? action;
    private StaffAuditQuery query = new();
    private StaffAuditResults? results;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];
    private ErrorSummary? summary;
    private bool focusSummary;

    protected override async Task OnInitializedAsync()
    {
        // The newest entries straight away; the filters narrow them.
        if (RendererInfo.IsInteractive) await GoToAsync(0);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task SearchAsync()
    {
        // 9999-12-31 in "To" once ended the circuit (the day after it does not exist): refused at the field instead.
        var check = SaneDates.Check(from, to, ArizonaTime.Today(Time));
        errors = check switch
        {
            DateRangeResult.OutOfRange range =>
            [
                .. range.FromOutside ? [new FieldError("audit-from", L["AuditDateOutOfRange"])] : Array.Empty<FieldError>(),
                .. range.ToOutside ? [new FieldError("audit-to", L["AuditDateOutOfRange"])] : Array.Empty<FieldError>(),
            ],
            DateRangeResult.ToBeforeFrom => [new FieldError("audit-to", L["AuditRangeReversed"])],
            _ => [],
        };
        focusSummary = errors.Count > 0;
        if (errors.Count > 0) return;
        query = new StaffAuditQuery(staffUserName, caseNumber, from, to, action);
        await GoToAsync(0);
    }

    private async Task GoToAsync(int pageIndex)
    {
        if (AuthenticationState is null) return;
        busy = true;
        try
        {
            results = await Audit.SearchAsync((await AuthenticationState).User, query, pageIndex);
        }
        finally
        {
            busy = false;
        }
    }
}
