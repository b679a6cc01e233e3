using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>A case action as a caseworker enters it; the description is what the parents will read.</summary>
public sealed record StaffCaseActionEntry(CaseActionType? Type, DateOnly? OccurredOn, string? Description);
