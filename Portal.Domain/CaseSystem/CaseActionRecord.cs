namespace Portal.Domain.CaseSystem;

public sealed record CaseActionRecord(string CaseNumber, DateTimeOffset OccurredAt, string Type, string Description);
