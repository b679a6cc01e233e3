namespace Portal.App.Features.Staff.Search;

/// <summary>What a caseworker searches by: a case number, a participant's name, or an SSN's last four digits with a date of birth.</summary>
public sealed record StaffCaseQuery(string? CaseNumber = null, string? Name = null, string? SsnLast4 = null, DateOnly? DateOfBirth = null);
