using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>What a parent typed on "Find your case", already checked for format (the page says what is wrong with a field).</summary>
public sealed record CaseMatchRequest(CaseNumber CaseNumber, Ssn Ssn, DateOnly DateOfBirth, string AddressLine1, string? AddressLine2, string Zip);
