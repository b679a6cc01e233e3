using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>What a parent typed on "Forgot case number", already checked for format.</summary>
public sealed record CaseNumberLookupRequest(Ssn Ssn, DateOnly DateOfBirth, string AddressLine1, string? AddressLine2, string Zip);
