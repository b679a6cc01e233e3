namespace Portal.Domain.CaseSystem;

public sealed record SupportOrderRecord(string CaseNumber, decimal MonthlyAmount, DateOnly StartDate, DateOnly? EndDate);
