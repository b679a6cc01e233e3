using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.App.Components.Forms;
using Portal.App.Components.Shared;
using Portal.Domain;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.Search;

public partial class StaffSearchPage
{
    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string? ssnLast4;

    /// <summary>The criteria but the SSN's last 4, persisted with the circuit.</summary>
    [PersistentState] public StaffSearchInput Input { get => input; set => input = value ?? new(); }

    // Never null: a page with nothing persisted (a first visit, not a resumed page) starts with an empty one.
    private StaffSearchInput input = new();

    private StaffCaseQuery? query;
    private StaffCaseResults? results;
    private List<FieldError> errors = [];
    private ErrorSummary? summary;
    private bool focusSummary;
    private bool busy;
    private SaveGuard saveGuard = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!focusSummary || summary is null) return;
        focusSummary = false;
        await summary.FocusAsync();
    }

    private async Task SearchAsync()
    {
        errors = Validate();
        if (errors.Count > 0)
        {
            results = null;
            focusSummary = true;
            return;
        }
        query = new StaffCaseQuery(Input.CaseNumber, Input.Name, ssnLast4, Input.DateOfBirth);
        await GoToAsync(0);
    }

    private async Task GoToAsync(int pageIndex)
    {
        if (query is null || AuthenticationState is null) return;
        busy = true;
        try
        {
            // Every search is audited: a database that cannot be written keeps the criteria and says to try again.
            await saveGuard.TrySaveAsync(async () => results = await Search.SearchAsync((await AuthenticationState).User, query, pageIndex));
        }
        finally
        {
            busy = false;
        }
    }

    private List<FieldError> Validate()
    {
        var found = new List<FieldError>();
        var anyCriterion = !string.IsNullOrWhiteSpace(Input.CaseNumber) || !string.IsNullOrWhiteSpace(Input.Name) || !string.IsNullOrWhiteSpace(ssnLast4) || Input.DateOfBirth is not null;
        if (!anyCriterion) found.Add(new("search-case-number", L["SearchCriterionMissing"]));
        if (!string.IsNullOrWhiteSpace(Input.CaseNumber) && !CaseNumber.TryParse(Input.CaseNumber, out _)) found.Add(new("search-case-number", L["CaseNumberInvalid"]));
        var last4 = ssnLast4?.Trim();
        if (!string.IsNullOrEmpty(last4) && (last4.Length != 4 || !last4.All(char.IsAsciiDigit))) found.Add(new("search-ssn-last4", L["SsnLast4Invalid"]));
        else if (string.IsNullOrEmpty(last4) && Input.DateOfBirth is not null) found.Add(new("search-ssn-last4", L["SsnLast4NeedsBirthDate"]));
        if (!string.IsNullOrEmpty(last4) && Input.DateOfBirth is null) found.Add(new("search-date-of-birth", L["BirthDateNeedsSsnLast4"]));
        else if (Input.DateOfBirth is { } born && !SaneDates.ContainsBirthDate(born, ArizonaTime.Today(Time))) found.Add(new("search-date-of-birth", L["BirthDateOutOfRange"]));
        return found;
    }
}
