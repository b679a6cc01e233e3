namespace Portal.Domain.CaseSystem;

/// <summary>
/// A participant as the case system holds them, SSN included: the portal keeps only its fingerprint and last four.
/// <paramref name="FamilyViolence"/> is the person's family-violence indicator on this case (an empty or missing column is false).
/// </summary>
public sealed record ParticipantRecord(
    string CaseNumber, string PersonId, string Role, string FirstName, string LastName, DateOnly DateOfBirth, string? Ssn,
    string? AddressLine1, string? AddressLine2, string? City, string? State, string? Zip, string? Email, string? Phone, bool FamilyViolence = false);
