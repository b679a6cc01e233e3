using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>The parent a registration matched: what the next steps need, and nothing of the SSN.</summary>
public sealed record MatchedParent(int ParticipantId, string PersonId, CaseNumber CaseNumber, ParticipantRole Role, string FirstName, string LastName, DateOnly DateOfBirth, string? EmailOnFile);
