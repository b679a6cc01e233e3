using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.Search;

/// <summary>One case found by a search: enough to pick the right one (the parents' names, never an SSN).</summary>
public sealed record StaffCaseResult(CaseNumber CaseNumber, CaseProgram Program, CaseStatus Status, string County, IReadOnlyList<StaffCaseParty> Parties);
