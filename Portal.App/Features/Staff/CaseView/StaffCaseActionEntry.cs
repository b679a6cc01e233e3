using Portal.Domain.Cases;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>A case action as a caseworker enters it; the description is what the parents will read.</summary>
public sealed record StaffCaseActionEntry(CaseActionType? Type, DateOnly? OccurredOn, string? Description);
