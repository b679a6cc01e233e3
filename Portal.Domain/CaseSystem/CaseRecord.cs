namespace Portal.Domain.CaseSystem;

/// <summary>A case as the case system holds it. <paramref name="FamilyViolence"/> is the case-wide family-violence indicator (an empty or missing column is false).</summary>
public sealed record CaseRecord(string CaseNumber, string Program, string Status, string County, string OfficeCode, DateOnly OpenedOn, DateOnly? ClosedOn, bool FamilyViolence = false);
