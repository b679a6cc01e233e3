namespace Portal.Domain.CaseSystem;

public sealed record CaseRecord(string CaseNumber, string Program, string Status, string County, string OfficeCode, DateOnly OpenedOn, DateOnly? ClosedOn);
