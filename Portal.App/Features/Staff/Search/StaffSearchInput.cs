using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Search;

/// <summary>
/// The staff search's criteria as typed, but the SSN's last 4 digits: the page declares it [PersistentState], so a page
/// resumed after its connection was lost comes back with them (the search itself is not run again: each search that
/// runs is audited, and only the caseworker asks for one). Part of an SSN is never persisted.
/// </summary>
public sealed class StaffSearchInput
{
    public string? CaseNumber { get; set; }
    public string? Name { get; set; }
    public DateOnly? DateOfBirth { get; set; }
}
